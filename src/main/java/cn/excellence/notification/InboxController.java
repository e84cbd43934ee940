package cn.excellence.notification;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.notification.Inbox.InboxEntry;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/inbox")
@Tag(name = "消息", description = "站内消息：待办、退回、提醒、催办、逾期和办结的通知")
class InboxController {

    /** How many of my messages are unread (the badge). */
    record UnreadCount(long unread) {
    }

    /** How many messages were marked read. */
    record MarkedRead(int marked) {
    }

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "我的消息，最新的在前（分页）")
    Page<InboxEntry> mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return inbox.page(CurrentUser.get().userId(), page, size);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "我的未读消息数")
    UnreadCount unreadCount() {
        return new UnreadCount(inbox.unread(CurrentUser.get().userId()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "标记一条消息为已读（只能是自己的）")
    InboxEntry read(@PathVariable long id) {
        return inbox.markRead(CurrentUser.get().userId(), id);
    }

    @PostMapping("/read-all")
    @Operation(summary = "全部标记为已读")
    MarkedRead readAll() {
        return new MarkedRead(inbox.markAllRead(CurrentUser.get().userId()));
    }
}
