package cn.excellence.pairing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.fund.Money;
import cn.excellence.organization.Organization;
import cn.excellence.pairing.PairingViews.CommitmentView;
import cn.excellence.pairing.PairingViews.PairView;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** 城乡结对: org-dept pairs a helping organization with a village; the helper commits funds, projects and information per year. */
@Service
public class PairingService {

    static final int MAX_LINES = 20;
    static final int MAX_LINE = 100;

    private final PairingRepository pairs;
    private final PairingAccess access;

    PairingService(PairingRepository pairs, PairingAccess access) {
        this.pairs = pairs;
        this.access = access;
    }

    /** Pairs the helper with the village from the year (org-dept); the same pair twice is a conflict (409). */
    @Transactional
    public PairView pair(CurrentUser user, String helperCode, String villageCode, Integer fromYear) {
        access.checkOrgDept(user);
        Organization helper = access.helper(helperCode);
        Organization village = access.village(villageCode);
        int year = PairingAccess.year(fromYear, "结对起始年度");
        if (pairs.pairExists(helper.code(), village.code())) {
            throw ApiException.conflict("“" + helper.name() + "”与“" + village.name() + "”已经结对。");
        }
        try {
            long id = pairs.insertPair(helper.code(), village.code(), year, user.userId(), PairingAccess.now());
            return new PairView(id, helper.code(), helper.name(), village.code(), village.name(), year);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("“" + helper.name() + "”与“" + village.name() + "”已经结对。");
        }
    }

    /** The pair, if the user sees its helper or its village; otherwise "not found". */
    Pair visible(CurrentUser user, long pairId) {
        return access.readable(user, pairs.find(pairId), pairId);
    }

    PairView view(Pair pair) {
        return new PairView(pair.id(), pair.helperCode(), access.name(pair.helperCode()), pair.villageCode(), access.name(pair.villageCode()),
                pair.fromYear());
    }

    /** Records (or replaces) the year's commitment: funds in yuan (none: 0), projects and information one per line. */
    @Transactional
    public CommitmentView commit(CurrentUser user, long pairId, Integer year, Object funds, List<String> projects, List<String> information) {
        Pair pair = visible(user, pairId);
        access.checkHelperSide(user, pair);
        int commitmentYear = PairingAccess.year(year, "承诺年度");
        if (commitmentYear < pair.fromYear()) {
            throw new TaskInputException("该结对自 " + pair.fromYear() + " 年起，不能登记 " + commitmentYear + " 年的承诺。");
        }
        long fundsFen = funds == null || funds.toString().isBlank() ? 0 : Money.fen(funds, "承诺资金（元）");
        List<String> projectLines = lines(projects, "承诺项目");
        List<String> informationLines = lines(information, "承诺信息");
        if (fundsFen == 0 && projectLines.isEmpty() && informationLines.isEmpty()) {
            throw new TaskInputException("请至少填写一项承诺：资金、项目或信息。");
        }
        pairs.saveCommitment(pair.id(), commitmentYear, fundsFen, projectLines, informationLines, user.userId(), PairingAccess.now());
        return new CommitmentView(pair.id(), commitmentYear, Money.yuan(fundsFen), projectLines, informationLines);
    }

    CommitmentView commitment(Pair pair, int year) {
        return pairs.commitment(pair.id(), year)
                .map(c -> new CommitmentView(pair.id(), year, Money.yuan(c.fundsFen()), c.projects(), c.information()))
                .orElse(new CommitmentView(pair.id(), year, Money.yuan(0), List.of(), List.of()));
    }

    private static List<String> lines(List<String> given, String label) {
        if (given == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (Object line : given) {
            String text = TextRules.optional(line, label, MAX_LINE);
            if (text != null) {
                if (text.contains("\n") || text.contains("\r")) {
                    throw new TaskInputException("“" + label + "”每行一项，一项内不能换行。");
                }
                lines.add(text);
            }
        }
        if (lines.size() > MAX_LINES) {
            throw new TaskInputException("“" + label + "”最多 " + MAX_LINES + " 项。");
        }
        return lines;
    }
}
