// 花名册导入 (#/roster): download the template, choose a roster (.xlsx), 预览 shows the counts and every row error,
// 导入 (enabled only when there is none) saves it in one go. Uses workbench.js's helpers at call time.
(function () {
  const IMPORT = '/api/organization/members/import';

  function counts(report) {
    return '共 ' + report.rows + ' 行：新增 ' + report.inserted + ' 人，更新 ' + report.updated + ' 人，不变 '
      + report.unchanged + ' 人' + (report.errorCount ? '；错误 ' + report.errorCount + ' 处' : '');
  }

  async function showRoster() {
    const panel = window.WORKBENCH_FORMS.importPanel({
      prefix: 'roster',
      path: IMPORT,
      templateHref: IMPORT + '-template',
      templateLabel: '下载导入模板',
      fileLabel: '选择填好的花名册（.xlsx）',
      intro: '按模板填写党员信息（最多 50,000 行、10 MB），以公民身份号码识别党员：先预览，无误后导入；同一文件再次导入不会重复。',
      counts,
      applied: (report) => notice('已导入：新增 ' + report.inserted + ' 人，更新 ' + report.updated + ' 人，不变 ' + report.unchanged + ' 人。',
        'done'),
    });
    show(heading('花名册导入'), ...panel);
  }

  window.WORKBENCH_VIEWS = window.WORKBENCH_VIEWS || [];
  window.WORKBENCH_VIEWS.push({
    pattern: /^#\/roster$/,
    show: showRoster,
    tool: { href: '#/roster', label: '花名册导入', description: '从 Excel 导入党员花名册：下载模板，预览逐行错误，无误后一次导入' },
  });
})();
