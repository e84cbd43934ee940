package cn.excellence.starrating;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.excel.Workbooks;

/** A branch's scoring sheet as Excel: downloaded pre-filled with its members, uploaded back; the headers must stay as written. */
final class StarSheetWorkbook {

    static final int MAX_ROWS = 5000;
    private static final List<String> VOTES = List.of("民主评议·好", "民主评议·较好", "民主评议·一般", "民主评议·差");

    private StarSheetWorkbook() {
    }

    static List<String> headers(StarCampaign campaign) {
        List<String> headers = new ArrayList<>(List.of("党员编号", "姓名", "参评（是/否）"));
        campaign.enteredCriteria().forEach(c -> headers.add(c.name() + "（满分" + c.maxPoints() + "）"));
        headers.addAll(VOTES);
        return headers;
    }

    static byte[] write(StarCampaign campaign, List<ScoreRow> rows) {
        int items = campaign.enteredCriteria().size();
        return Workbooks.write("评分表", headers(campaign), rows.stream().map(r -> {
            List<Object> line = new ArrayList<>(List.of(r.memberId(), r.memberName(), r.participating() ? "是" : "否"));
            for (int i = 0; i < items; i++) {
                line.add(r.itemScores() == null ? null : r.itemScores().get(i));
            }
            line.add(r.votesGood());
            line.add(r.votesFair());
            line.add(r.votesAverage());
            line.add(r.votesPoor());
            return line;
        }).toList());
    }

    /** The entries of an uploaded sheet; problems of form (not a workbook, other headers, not numbers) refused row by row. */
    static List<BranchRatingService.Entry> read(StarCampaign campaign, byte[] file) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = headers(campaign);
            DataFormatter format = new DataFormatter();
            Row first = sheet.getRow(0);
            for (int c = 0; c < headers.size(); c++) {
                String found = first == null ? "" : format.formatCellValue(first.getCell(c)).strip();
                if (!headers.get(c).equals(found)) {
                    throw new TaskInputException("表头与评分表不符：第 " + (c + 1) + " 列应为“" + headers.get(c) + "”，实为“" + found
                            + "”。请下载本支部的评分表填写。");
                }
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new TaskInputException("评分表最多 " + MAX_ROWS + " 行。");
            }
            List<BranchRatingService.Entry> entries = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || format.formatCellValue(row.getCell(0)).isBlank()) {
                    continue;
                }
                try {
                    entries.add(entry(campaign, row, format));
                } catch (TaskInputException e) {
                    problems.add("第 " + (r + 1) + " 行：" + e.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                throw new TaskInputException("评分表未导入，请改正后重新上传：" + String.join("；", problems.subList(0, Math.min(20, problems.size()))));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            if (e instanceof TaskInputException refused) {
                throw refused;
            }
            throw new TaskInputException("无法读取上传的文件：请上传从本页下载的 .xlsx 评分表（Excel 2007 及以上格式）。");
        }
    }

    private static BranchRatingService.Entry entry(StarCampaign campaign, Row row, DataFormatter format) {
        Long memberId = number(row.getCell(0), format, "党员编号") == null ? null : number(row.getCell(0), format, "党员编号").longValue();
        String taking = format.formatCellValue(row.getCell(2)).strip();
        if (!taking.equals("是") && !taking.equals("否")) {
            throw new TaskInputException("“参评”应填“是”或“否”。");
        }
        int items = campaign.enteredCriteria().size();
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            Long score = number(row.getCell(3 + i), format, campaign.enteredCriteria().get(i).name());
            scores.add(score == null ? null : Math.toIntExact(Math.max(Math.min(score, 1_000_000), -1_000_000)));
        }
        return new BranchRatingService.Entry(memberId, taking.equals("是"), scores, votes(row, 3 + items, format, 0),
                votes(row, 3 + items, format, 1), votes(row, 3 + items, format, 2), votes(row, 3 + items, format, 3));
    }

    private static Integer votes(Row row, int from, DataFormatter format, int i) {
        Long votes = number(row.getCell(from + i), format, VOTES.get(i));
        return votes == null ? null : Math.toIntExact(Math.max(Math.min(votes, 1_000_000), -1_000_000));
    }

    private static Long number(Cell cell, DataFormatter format, String label) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        String text = format.formatCellValue(cell).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("-?\\d{1,12}")) {
            throw new TaskInputException("“" + label + "”应为整数，实为“" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "”。");
        }
        return Long.parseLong(text);
    }
}
