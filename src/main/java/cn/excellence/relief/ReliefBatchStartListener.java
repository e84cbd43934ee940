package cn.excellence.relief;

import static cn.excellence.shared.FormValues.day;
import static cn.excellence.shared.FormValues.decimal;
import static cn.excellence.shared.FormValues.text;
import static cn.excellence.shared.FormValues.wholeNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.engine.StartFormListener;
import cn.excellence.shared.security.CurrentUser;

/**
 * A relief batch started through its start form (Tasklist's 启动流程, bpmn/relief-batch-start.form): records it as
 * {@code POST /api/relief-batches} does, as the starting user (org-dept), and goes on as one the application started
 * (its id a variable, its business key the case in words), paying in the background.
 */
@Component
public class ReliefBatchStartListener extends StartFormListener {

    static final String VAR_TITLE = "title";
    static final String VAR_RULE = "rule";
    static final String VAR_REFERENCE_DATE = "referenceDate";
    static final String VAR_MEMBER_IDS = "memberIds";
    static final String VAR_AMOUNT = "amount";
    static final String VAR_REPEAT_OF = "repeatOf";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");

    private final ReliefBatchService batches;

    ReliefBatchStartListener(ReliefBatchService batches) {
        this.batches = batches;
    }

    @Override
    protected Recorded record(DelegateExecution execution) {
        ReliefBatchService.BatchRequest request = new ReliefBatchService.BatchRequest(text(execution.getVariable(VAR_TITLE)),
                text(execution.getVariable(VAR_RULE)), day(execution.getVariable(VAR_REFERENCE_DATE), "基准日期"),
                memberIds(execution.getVariable(VAR_MEMBER_IDS)), decimal(execution.getVariable(VAR_AMOUNT), "每人金额"),
                wholeNumber(execution.getVariable(VAR_REPEAT_OF), "再次发放所依据的批次编号"));
        Map<String, Object> variables = batches.openFromStartForm(request, CurrentUser.of(execution));
        return new Recorded(variables, ReliefBatchService.businessKey(request.title(), (Long) variables.get(ReliefBatchService.VAR_BATCH_ID)),
                List.of(VAR_TITLE, VAR_RULE, VAR_REFERENCE_DATE, VAR_MEMBER_IDS, VAR_AMOUNT, VAR_REPEAT_OF));
    }

    /** The member ids typed one a line or separated by commas. */
    private static List<Long> memberIds(Object value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (String item : SEPARATORS.split(text.strip())) {
            if (!item.isEmpty()) {
                try {
                    ids.add(Long.valueOf(item));
                } catch (NumberFormatException e) {
                    throw new TaskInputException("“党员编号名单”中的“" + (item.length() > 20 ? item.substring(0, 20) + "…" : item)
                            + "”不是党员编号：请填写数字编号，每行一个或以逗号分隔。");
                }
            }
        }
        return ids;
    }
}
