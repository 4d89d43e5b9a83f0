// The article's print button: shown only where script runs, since it is script that prints.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.hidden = false;
        button.addEventListener('click', function () {
            window.print();
        });
    });
});

// Printing: the table of contents is printed open, as paper cannot be tapped.
window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details.toc').forEach(function (toc) {
        toc.setAttribute('data-was-open', toc.open ? 'true' : 'false');
        toc.open = true;
    });
});
window.addEventListener('afterprint', function () {
    document.querySelectorAll('details.toc[data-was-open]').forEach(function (toc) {
        toc.open = toc.getAttribute('data-was-open') === 'true';
        toc.removeAttribute('data-was-open');
    });
});

// The share button: the article's plain link (no language or style in it), through the system's
// share sheet where there is one, else copied; if copying is refused, shown selected to copy by hand.
// Whoever opens the link meets the gate like any visitor.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-share]').forEach(function (button) {
        var status = button.parentNode.querySelector('.share-status');
        var url = window.location.origin + button.getAttribute('data-share-path');
        function say(text) {
            if (status) {
                status.textContent = text;
            }
        }
        function showLink() {
            var field = button.parentNode.querySelector('.share-link');
            if (!field) {
                field = document.createElement('input');
                field.type = 'text';
                field.readOnly = true;
                field.className = 'share-link';
                field.setAttribute('aria-label', button.textContent);
                button.parentNode.appendChild(field);
            }
            field.value = url;
            field.focus();
            field.select();
        }
        function copy() {
            if (navigator.clipboard && navigator.clipboard.writeText) {
                navigator.clipboard.writeText(url).then(function () {
                    say(button.getAttribute('data-copied'));
                }, function () {
                    say(button.getAttribute('data-copy-failed'));
                    showLink();
                });
            } else {
                say(button.getAttribute('data-copy-failed'));
                showLink();
            }
        }
        button.hidden = false;
        button.addEventListener('click', function () {
            if (navigator.share) {
                navigator.share({title: button.getAttribute('data-share-title'), url: url}).catch(function (error) {
                    if (!error || error.name !== 'AbortError') {
                        copy();
                    }
                });
            } else {
                copy();
            }
        });
    });
});
