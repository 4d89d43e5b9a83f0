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

// Reading depth: how far down the article body the reader came (0-100 %), and whether they
// printed it, sent when the page is hidden. A beacon cannot carry headers, so the page's CSRF
// token goes as the _csrf form field. The server keeps the highest depth of the view, so sending
// again (each time the tab is hidden) changes nothing but a deeper reading.
document.addEventListener('DOMContentLoaded', function () {
    var article = document.querySelector('[data-reading]');
    var body = article && article.querySelector('.article-body');
    var token = document.querySelector('meta[name="_csrf"]');
    if (!body || !token || !navigator.sendBeacon) {
        return;
    }
    var reached = 0;
    var sent = -1;
    var printed = false;
    var waiting = false;
    function measure() {
        var box = body.getBoundingClientRect();
        var depth = box.height <= 0 ? 100 : Math.round(100 * (window.innerHeight - box.top) / box.height);
        reached = Math.max(reached, Math.min(100, Math.max(0, depth)));
    }
    function send() {
        measure();
        if (reached === sent && !printed) {
            return;
        }
        var form = new URLSearchParams();
        form.append('_csrf', token.getAttribute('content'));
        form.append('depth', String(reached));
        if (printed) {
            form.append('printed', 'true');
        }
        if (navigator.sendBeacon(article.getAttribute('data-reading'), form)) {
            sent = reached;
            printed = false;
        }
    }
    window.addEventListener('scroll', function () {
        if (!waiting) {
            waiting = true;
            window.requestAnimationFrame(function () {
                waiting = false;
                measure();
            });
        }
    }, {passive: true});
    window.addEventListener('beforeprint', function () {
        printed = true;
    });
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'hidden') {
            send();
        }
    });
    window.addEventListener('pagehide', send);
    measure();
});
