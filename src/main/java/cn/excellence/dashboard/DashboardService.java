package cn.excellence.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.excellence.commendation.CommendationProgress;
import cn.excellence.commendation.CommendationProgress.CampaignProgress;
import cn.excellence.commendation.CommendationProgress.NominationFigure;
import cn.excellence.commendation.NominationStatus;
import cn.excellence.dashboard.DashboardViews.CategoryFigures;
import cn.excellence.dashboard.DashboardViews.CommendationBoard;
import cn.excellence.dashboard.DashboardViews.DutyReviewBoard;
import cn.excellence.dashboard.DashboardViews.FundBoard;
import cn.excellence.dashboard.DashboardViews.FundTotals;
import cn.excellence.dashboard.DashboardViews.ReliefBatchRow;
import cn.excellence.dashboard.DashboardViews.OverdueBoard;
import cn.excellence.dashboard.DashboardViews.ReliefBoard;
import cn.excellence.dashboard.DashboardViews.SupervisionBoard;
import cn.excellence.dutyreview.DutyReviewProgress;
import cn.excellence.dutyreview.DutyReviewProgress.RoundProgress;
import cn.excellence.dutyreview.DutyReviewProgress.TownshipProgress;
import cn.excellence.fund.FundFigures;
import cn.excellence.relief.ReliefBatchService;
import cn.excellence.relief.ReliefBatchView;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.shared.web.Page;

/** The dashboard's figures, each read through its feature's service and cut to what the user may see. */
@Service
class DashboardService {

    private final DashboardScope scope;
    private static final Set<NominationStatus> SELECTED = Set.of(NominationStatus.SELECTED, NominationStatus.ON_NOTICE,
            NominationStatus.COMMENDED);

    private final DutyReviewProgress dutyReview;
    private final CommendationProgress commendations;
    private final FundFigures funds;
    private final ReliefBatchService relief;
    private final SupervisionBoards supervision;
    private final OverdueTasks overdue;

    DashboardService(DashboardScope scope, DutyReviewProgress dutyReview, CommendationProgress commendations, FundFigures funds,
            ReliefBatchService relief, SupervisionBoards supervision, OverdueTasks overdue) {
        this.overdue = overdue;
        this.supervision = supervision;
        this.scope = scope;
        this.dutyReview = dutyReview;
        this.commendations = commendations;
        this.funds = funds;
        this.relief = relief;
    }

    DutyReviewBoard dutyReview(CurrentUser user, Long roundId, String township) {
        List<String> townships = scope.townships(user, township);
        long id = roundId != null ? roundId : dutyReview.latestRoundId()
                .orElseThrow(() -> ApiException.notFound("还没有述职评议轮次：请先由组织部发起一轮述职评议。"));
        RoundProgress round = dutyReview.of(id).filter(r -> r.townships().stream().anyMatch(t -> townships.contains(t.townshipCode())))
                .orElseThrow(() -> ApiException.notFound("找不到述职评议轮次 " + id + "，或您无权查看。"));
        List<TownshipProgress> rows = round.townships().stream().filter(t -> townships.contains(t.townshipCode())).toList();
        List<TownshipProgress> ranking = rows.stream().filter(t -> t.rank() != null)
                .sorted(Comparator.comparing(TownshipProgress::rank).thenComparing(TownshipProgress::townshipCode)).toList();
        return new DutyReviewBoard(round.roundId(), round.year(), round.title(), round.status(), round.reviewerCount(), rows.size(),
                (int) rows.stream().filter(TownshipProgress::submitted).count(),
                (int) rows.stream().filter(TownshipProgress::preReviewed).count(), ranking.size(), rows, ranking);
    }

    CommendationBoard commendation(CurrentUser user, Long campaignId, String township) {
        List<String> townships = scope.townships(user, township);
        boolean everyNomination = user.isBannerWide() && township == null;
        long id = campaignId != null ? campaignId : commendations.latestCampaignId()
                .orElseThrow(() -> ApiException.notFound("还没有评先表彰活动：请先由组织部发起。"));
        CampaignProgress campaign = commendations.of(id)
                .orElseThrow(() -> ApiException.notFound("找不到评先表彰活动 " + id + "。"));
        List<NominationFigure> visible = campaign.nominations().stream()
                .filter(n -> everyNomination || townships.contains(n.townshipCode())).toList();
        List<CategoryFigures> categories = campaign.categories().stream().map(c -> {
            List<NominationFigure> in = visible.stream().filter(n -> n.categoryId() == c.categoryId()).toList();
            return new CategoryFigures(c.code(), c.name(), c.quota(), in.size(), count(in, SELECTED), count(in, Set.of(NominationStatus.ON_NOTICE)),
                    count(in, Set.of(NominationStatus.COMMENDED)), count(in, Set.of(NominationStatus.WITHDRAWN)),
                    in.stream().mapToLong(NominationFigure::objections).sum());
        }).toList();
        return new CommendationBoard(campaign.campaignId(), campaign.year(), campaign.title(), campaign.status(), categories);
    }

    private static int count(List<NominationFigure> nominations, Set<NominationStatus> statuses) {
        return (int) nominations.stream().filter(n -> statuses.contains(n.status())).count();
    }

    SupervisionBoard supervision(CurrentUser user, Long cycleId, String township) {
        return supervision.board(scope.townships(user, township), cycleId);
    }

    OverdueBoard overdue(CurrentUser user, String township) {
        return overdue.board(scope.townships(user, township), user.isBannerWide() && township == null);
    }

    FundBoard funds(CurrentUser user) {
        scope.requireBannerWide(user, "资金概况");
        List<FundTotals> totals = funds.funds().stream().map(f -> new FundTotals(f.code(), f.name(), f.totalYuan(),
                f.committedYuan(), f.paidYuan(), f.availableYuan())).toList();
        return new FundBoard(totals, funds.paymentsByMonth());
    }

    ReliefBoard relief(CurrentUser user) {
        scope.requireBannerWide(user, "批量救助");
        List<ReliefBatchRow> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<ReliefBatchView> batches = relief.list(page, Page.MAX_SIZE);
            batches.content().forEach(b -> rows.add(new ReliefBatchRow(b.id(), b.title(), b.status(), b.members(), b.paid(),
                    b.amountPerMember(), b.totalAmount())));
            if (page + 1 >= batches.totalPages()) {
                break;
            }
        }
        BigDecimal total = rows.stream().map(ReliefBatchRow::totalAmount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        return new ReliefBoard(rows.size(), rows.stream().mapToLong(ReliefBatchRow::members).sum(), total, rows);
    }
}
