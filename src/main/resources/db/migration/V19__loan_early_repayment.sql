-- 提前还款: the day the borrower repaid the bank, as the fund committee records it.
alter table assistance_loan add column repaid_on date;
