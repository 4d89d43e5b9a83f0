// "Copy for WeChat": the export as rich text (text/html with its inline styles) and as plain text,
// so that pasting into the WeChat editor keeps the look. Falls back to selecting the block and
// the browser's own copy where the Clipboard API cannot write HTML.
(function () {
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-copy-target]');
        if (!button) {
            return;
        }
        var block = document.getElementById(button.getAttribute('data-copy-target'));
        var status = document.getElementById('copy-status');
        var say = function (ok) {
            if (status) {
                status.textContent = button.getAttribute(ok ? 'data-copied' : 'data-copy-failed');
            }
        };
        var bySelection = function () {
            var range = document.createRange();
            range.selectNodeContents(block);
            var selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            var ok = false;
            try {
                ok = document.execCommand('copy');
            } catch (e) {
                ok = false;
            }
            say(ok);
        };
        if (navigator.clipboard && window.ClipboardItem) {
            var item = new ClipboardItem({
                'text/html': new Blob([block.innerHTML], {type: 'text/html'}),
                'text/plain': new Blob([block.innerText], {type: 'text/plain'})
            });
            navigator.clipboard.write([item]).then(function () { say(true); }, bySelection);
        } else {
            bySelection();
        }
    });
})();
