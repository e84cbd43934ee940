package cn.excellence.fund;

import cn.excellence.shared.Groups;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** Who sees the funds, their ledgers and what they pay out (relief batches): the fund committee and org-dept. */
public final class FundAccess {

    private FundAccess() {
    }

    public static void check() {
        CurrentUser user = CurrentUser.get();
        if (!user.isMemberOf(Groups.FUND_COMMITTEE) && !user.isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("只有扶贫资金会和旗委组织部可以查看资金和台账。");
        }
    }
}
