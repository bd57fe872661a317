// The example page's script: drives the iframe through its host API and the element through
// its attributes, and lists what each reports. Plain JavaScript, as a lab's page would have.

const PROTOCOL = 'coauthor-atlas';
const VERSION = 1;

const frame = document.getElementById('atlas-frame');
const frameLog = document.getElementById('frame-log');
const element = document.getElementById('atlas-element');
const elementLog = document.getElementById('element-log');

function log(list, text) {
  const item = document.createElement('li');
  item.textContent = text;
  list.prepend(item);
}

// 1. The iframe: trust this page's origin, so the embed accepts its commands.
const embedUrl = new URL('./', location.href);
embedUrl.search = new URLSearchParams({ embed: '1', trust: location.origin }).toString();
frame.src = embedUrl.href;
const embedOrigin = embedUrl.origin;
let owner = null;

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== embedOrigin) return;
  const message = event.data;
  if (message?.protocol !== PROTOCOL || message.version !== VERSION) return;
  if (message.type === 'resize') frame.style.height = `${message.detail.height}px`;
  if (message.type === 'ready') owner = message.detail.owners?.[0] ?? null;
  log(frameLog, `${message.type} ${JSON.stringify(message.detail)}`);
});

function send(command) {
  frame.contentWindow?.postMessage(
    { protocol: PROTOCOL, version: VERSION, ...command },
    embedOrigin,
  );
}

const frameCommands = {
  'select-owner': () => owner && send({ type: 'select-author', author: owner }),
  'hide-owner': () => send({ type: 'set-filters', hideOwner: true }),
  'show-owner': () => send({ type: 'set-filters', hideOwner: false }),
  clear: () => send({ type: 'select-author', author: null }),
};
for (const button of document.querySelectorAll('[data-frame-command]')) {
  button.addEventListener('click', () => frameCommands[button.dataset.frameCommand]?.());
}

// 2. The element: attributes in, DOM events out.
for (const type of ['ready', 'author-select', 'pair-select', 'load-error']) {
  element.addEventListener(type, (event) =>
    log(elementLog, `${type} ${JSON.stringify(event.detail)}`),
  );
}
document.getElementById('element-theme').addEventListener('change', (event) => {
  element.setAttribute('theme', event.target.value);
});
document.getElementById('element-hide-owner').addEventListener('change', (event) => {
  element.toggleAttribute('hide-owner', event.target.checked);
});
document.getElementById('element-from').addEventListener('change', (event) => {
  if (event.target.value) element.setAttribute('from', event.target.value);
  else element.removeAttribute('from');
});
