/* fund-risk-campaign: the 催办 dialog. Nothing is sent before the office confirms it here; the message is
 * optional (at most 500 characters). fundriskNudge.ask(unitName) resolves to the message ('' for none)
 * or to null when cancelled. Forms marked data-nudge-unit (the campaign page) ask before they are sent. */
(function () {
  'use strict';

  var MAX = 500;
  var dialog;

  function build() {
    dialog = document.createElement('dialog');
    dialog.id = 'nudge-dialog';
    dialog.innerHTML = '<form method="dialog">'
      + '<h2 style="margin-top:0;border:0">确认催办</h2>'
      + '<p class="nudge-who"></p>'
      + '<p class="muted">催办邮件发给该单位的经办人员和联系邮箱，并记入本单位的催办记录。</p>'
      + '<label for="nudge-message">催办留言（可选，最多 ' + MAX + ' 字）</label>'
      + '<textarea id="nudge-message" rows="4" maxlength="' + MAX + '" placeholder="如：请于本周五前完成自查并提交。"></textarea>'
      + '<div class="actions"><button type="submit" value="cancel" class="secondary" id="nudge-cancel">取消</button>'
      + '<button type="submit" value="send" id="nudge-send">确认催办</button></div></form>';
    document.body.appendChild(dialog);
  }

  function ask(unitName) {
    if (!dialog) { build(); }
    dialog.querySelector('.nudge-who').textContent = '向“' + unitName + '”发出催办？';
    var text = dialog.querySelector('textarea');
    text.value = '';
    dialog.returnValue = '';
    return new Promise(function (resolve) {
      dialog.addEventListener('close', function once() {
        dialog.removeEventListener('close', once);
        resolve(dialog.returnValue === 'send' ? text.value.trim() : null);
      });
      dialog.showModal();
      text.focus();
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute('data-nudge-unit') || form.getAttribute('data-confirmed') === 'true') {
      return;
    }
    event.preventDefault();
    ask(form.getAttribute('data-nudge-unit')).then(function (message) {
      if (message === null) { return; }
      form.querySelector('input[name=message]').value = message;
      form.setAttribute('data-confirmed', 'true');
      form.submit();
    });
  });

  window.fundriskNudge = { ask: ask };
}());
