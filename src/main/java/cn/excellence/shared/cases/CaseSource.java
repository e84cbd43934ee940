package cn.excellence.shared.cases;

import java.util.Collection;
import java.util.List;

/**
 * A module's records for 我的事项, read from its own tables: each feature module declares one bean per kind. Who may see
 * which organizations is the caller's business; a source only filters by the organization codes it is given.
 */
public interface CaseSource {

    CaseKind kind();

    /** Every status of the kind, in the order a filter lists them. */
    List<CaseStatus> statuses();

    /** The records of these organizations ({@code null}: of every organization). */
    List<CaseRecord> cases(Collection<String> organizationCodes);
}
