/**
 * The phone-first workbench (工作台): my tasks and my groups' (待办) with their Camunda Forms, claim, completion
 * and start sent exactly once (Idempotency-Key), 已办, the start forms I may use (发起), the server copy of a
 * half-filled form (drafts), my cases (我的事项, read through each feature's {@link cn.excellence.shared.cases.CaseSource})
 * and every record's timeline, and the /workbench page itself. Every engine call runs as the current user, under the engine's authorizations; the
 * forms' rules are the engine's, as in Tasklist. Owns the workbench_request and workbench_draft tables.
 */
@ApplicationModule(displayName = "Workbench", allowedDependencies = {"organization", "notification", "shared"})
package cn.excellence.workbench;

import org.springframework.modulith.ApplicationModule;
