package cn.excellence.orgchange;

import static cn.excellence.orgchange.OrgChangeProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.engine.StartFormListener;
import cn.excellence.shared.security.CurrentUser;

/** A 两委换届 result recorded through its start form (bpmn/village-election-start.form), as the starting user. */
@Component
class VillageElectionStartListener extends StartFormListener {

    private final CadreService service;

    VillageElectionStartListener(CadreService service) {
        this.service = service;
    }

    @Override
    protected Recorded record(DelegateExecution execution) {
        VillageElection e = service.record(CurrentUser.of(execution), execution.getVariable(VAR_YEAR), execution.getVariable(VAR_VILLAGE_CODE),
                execution.getVariable(VAR_OFFICE), execution.getVariable(VAR_MEMBER_ID), execution.getVariable(VAR_VOTES),
                execution.getProcessInstanceId());
        Map<String, Object> variables = Map.of(VAR_VILLAGE_ELECTION_ID, e.id(), VAR_VILLAGE_CODE, e.organizationCode(), VAR_YEAR, e.year(),
                VAR_OFFICE, e.office().name(), VAR_MEMBER_ID, e.memberId(), VAR_VOTES, e.votes());
        return new Recorded(variables, BusinessKeys.of("两委换届", e.memberName() + "·" + e.officeLabel(), e.id()), List.of());
    }
}
