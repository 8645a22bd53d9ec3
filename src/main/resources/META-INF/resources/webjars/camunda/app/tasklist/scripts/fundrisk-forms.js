// fund-risk-campaign: form-js (as Tasklist 7.24 bundles it, 1.x) in Chinese, imported by fundrisk-tasklist.js.
// Its validator's messages are fixed English strings and Tasklist builds the form without additionalModules,
// so the texts are replaced where they are rendered (Preact rewrites a text only when its own value changes,
// so the Chinese stays until the message itself changes); number fields refuse anything but a number.

/** Tasklist speaks English only to a browser that prefers English to Chinese; form-js then stays English too. */
const ENGLISH = ((navigator.languages || [navigator.language]).find((l) => /^(zh|en)/i.test(l)) || 'zh')
  .toLowerCase().startsWith('en');


const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => '不能小于 ' + m[1] + '。'],
  [/^Field must have maximum value of (.+)\.$/, (m) => '不能大于 ' + m[1] + '。'],
  [/^Field must have minimum length of (.+)\.$/, (m) => '至少填写 ' + m[1] + ' 个字。'],
  [/^Field must have maximum length of (.+)\.$/, (m) => '最多填写 ' + m[1] + ' 个字。'],
  [/^Field must match pattern (.+)\.$/, () => '格式不正确。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number.*$/, () => '请填写有效的电话号码（国际格式，如 +8656612345678）。'],
  [/^Value is not a number\.$/, () => '请填写数字。'],
  [/^Value is expected to be an integer\.$/, () => '请填写整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => '最多保留 ' + m[1] + ' 位小数。'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => '请填写有效的值，最接近的是 ' + m[1] + ' 和 ' + m[2] + '。'],
  [/^Select$/, () => '请选择'],
  [/^Search$/, () => '搜索'],
  [/^No results$/, () => '没有匹配项'],
  [/^Add new$/, () => '新增一条'],
  [/^Collapse$/, () => '收起'],
  [/^Expand all \((\d+)\)$/, (m) => '展开全部（' + m[1] + '）'],
];

function chinese(text) {
  const trimmed = text.trim();
  for (const [pattern, to] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, to(match));
    }
  }
  return null;
}

export function translateForms() {
  if (ENGLISH) {
    return;
  }
  document.querySelectorAll('.fjs-form').forEach((form) => {
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/[A-Za-z]/.test(node.data)) {
        const text = chinese(node.data);
        if (text !== null && text !== node.data) {
          node.data = text;
        }
      }
    }
    form.querySelectorAll('input[placeholder], textarea[placeholder]').forEach((input) => {
      const text = chinese(input.getAttribute('placeholder'));
      if (text !== null) {
        input.setAttribute('placeholder', text);
      }
    });
    form.querySelectorAll('.fjs-form-field-datetime input').forEach((input) => {
      if (!input.getAttribute('placeholder') || /[a-z]{2}\/[a-z]{2}/.test(input.getAttribute('placeholder'))) {
        input.setAttribute('placeholder', input.closest('.fjs-timepicker, [class*=time]') ? '时:分' : '年-月-日');
      }
    });
    form.querySelectorAll('.fjs-form-field-number input').forEach((input) => {
      if (!input.hasAttribute('inputmode')) {
        input.setAttribute('inputmode', 'decimal');
        input.setAttribute('placeholder', input.getAttribute('placeholder') || '请填写数字');
      }
    });
  });
}

/** A number field takes digits, one point and a leading minus; anything else is refused as it is typed or pasted. */
export function refuseText(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.closest('.fjs-form-field-number')) {
    return;
  }
  if (event.type === 'beforeinput' && event.data == null) {
    return; // deletions, history
  }
  const typed = event.type === 'paste' ? (event.clipboardData || window.clipboardData).getData('text') : event.data;
  const start = input.selectionStart == null ? input.value.length : input.selectionStart;
  const end = input.selectionEnd == null ? start : input.selectionEnd;
  const next = input.value.slice(0, start) + typed + input.value.slice(end);
  if (!/^-?\d*(\.\d*)?$/.test(next.trim())) {
    event.preventDefault();
    const field = input.closest('.fjs-form-field');
    field.classList.add('fr-refused');
    setTimeout(() => field.classList.remove('fr-refused'), 1200);
  }
}
