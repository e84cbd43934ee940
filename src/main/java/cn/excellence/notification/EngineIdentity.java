package cn.excellence.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who receives a notification, read from the engine's identity service: a user id stands for itself, a group id for
 * its members. Reading the recipients is the system's business, not the acting user's: these reads run without the
 * engine's authorization checks (inside the command that causes the notification when there is one).
 */
@Component
class EngineIdentity {

    private final ObjectProvider<ProcessEngine> engine;

    EngineIdentity(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    /** The users behind a user or group id; nobody for an id that is neither. */
    List<String> usersOf(String userOrGroup) {
        return privileged(() -> {
            if (engine().getIdentityService().createUserQuery().userId(userOrGroup).count() > 0) {
                return List.of(userOrGroup);
            }
            return membersOf(userOrGroup);
        });
    }

    /** The members of a group; nobody for an unknown group. */
    private List<String> membersOf(String group) {
        return privileged(() -> engine().getIdentityService().createUserQuery().memberOfGroup(group).list().stream().map(User::getId).toList());
    }

    /** The assignee, or else every candidate user and every member of a candidate group. */
    List<String> workersOf(String assignee, List<IdentityLink> links) {
        if (assignee != null) {
            return List.of(assignee);
        }
        Set<String> users = new LinkedHashSet<>();
        for (IdentityLink link : links) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                users.add(link.getUserId());
            } else if (link.getGroupId() != null) {
                users.addAll(membersOf(link.getGroupId())); // a candidate group is a group: no look-up as a user first
            }
        }
        return new ArrayList<>(users);
    }

    /** Which of these users have an e-mail address, in one query. */
    Set<String> usersWithEmail(List<String> userIds) {
        return privileged(() -> {
            Set<String> withEmail = new LinkedHashSet<>();
            for (int from = 0; from < userIds.size(); from += 500) {
                engine().getIdentityService().createUserQuery().userIdIn(userIds.subList(from, Math.min(userIds.size(), from + 500))
                        .toArray(String[]::new)).list().stream().filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                        .forEach(u -> withEmail.add(u.getId()));
            }
            return withEmail;
        });
    }

    Optional<String> emailOf(String userId) {
        return privileged(() -> Optional.ofNullable(engine().getIdentityService().createUserQuery().userId(userId).singleResult())
                .map(User::getEmail).filter(e -> !e.isBlank()));
    }

    /** Runs a read of the engine's data without authorization checks: in the current command, or in a new one. */
    <T> T privileged(Callable<T> read) {
        CommandContext current = Context.getCommandContext();
        if (current != null) {
            return current.runWithoutAuthorization(read);
        }
        return configuration().getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(read));
    }

    ProcessEngine engine() {
        return engine.getObject();
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration();
    }
}
