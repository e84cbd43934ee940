package cn.excellence.notification;

/** Where a notification is delivered: the in-app inbox (delivered by being written), e-mail, an organization's group robot. */
enum Channel {
    INBOX, EMAIL, WEBHOOK
}
