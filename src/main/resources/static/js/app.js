// htmx sends POSTs with the CSRF token that the page carries in its <meta> tags.
document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
        event.detail.headers[header.content] = token.content;
    }
});

// htmx swaps no 4xx answer by default. A refusal the server aimed at a form's message line
// (HX-Retarget: a validation error, a conflict, a limit reached) is the message to show there.
document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if ([400, 409, 422, 429].indexOf(xhr.status) >= 0 && xhr.getResponseHeader('HX-Retarget')) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
    }
});

// The "passed" screen counts down, then takes the reader to the page they first asked for.
document.addEventListener('DOMContentLoaded', function () {
    var countdown = document.querySelector('[data-countdown]');
    if (!countdown) {
        return;
    }
    var seconds = parseInt(countdown.getAttribute('data-countdown'), 10);
    var shown = countdown.querySelector('.seconds');
    var timer = setInterval(function () {
        seconds -= 1;
        shown.textContent = String(Math.max(seconds, 0));
        if (seconds <= 0) {
            clearInterval(timer);
            window.location.assign(countdown.getAttribute('data-href'));
        }
    }, 1000);
});

// Filters that apply as soon as they change; without script, their form keeps an Apply button.
document.documentElement.classList.add('js');
document.addEventListener('change', function (event) {
    if (event.target.matches('[data-autosubmit]')) {
        event.target.form.requestSubmit();
    }
});

// Search suggestions close on Escape, on a click elsewhere, and when the box is emptied.
document.addEventListener('DOMContentLoaded', function () {
    var search = document.querySelector('.site-search');
    if (!search) {
        return;
    }
    var input = search.querySelector('input[name=q]');
    var box = search.querySelector('.suggestions-box');
    function close() {
        box.innerHTML = '';
    }
    input.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') {
            close();
        } else if (event.key === 'ArrowDown') {
            var first = box.querySelector('a');
            if (first) {
                event.preventDefault();
                first.focus();
            }
        }
    });
    input.addEventListener('input', function () {
        if (input.value.trim() === '') {
            close();
        }
    });
    box.addEventListener('keydown', function (event) {
        var links = Array.prototype.slice.call(box.querySelectorAll('a'));
        var at = links.indexOf(document.activeElement);
        if (event.key === 'ArrowDown' && at < links.length - 1) {
            event.preventDefault();
            links[at + 1].focus();
        } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            (at > 0 ? links[at - 1] : input).focus();
        } else if (event.key === 'Escape') {
            close();
            input.focus();
        }
    });
    document.addEventListener('click', function (event) {
        if (!search.contains(event.target)) {
            close();
        }
    });
});

// A form (or the button that sends it) with data-confirm asks before anything is sent, in words
// naming what will happen. While the page holds unsaved edits, data-confirm-unsaved is asked instead.
document.addEventListener('submit', function (event) {
    var form = event.target;
    var asker = event.submitter && event.submitter.hasAttribute('data-confirm') ? event.submitter : form;
    var question = asker.getAttribute('data-confirm');
    var dropsUnsaved = document.documentElement.hasAttribute('data-unsaved') && asker.hasAttribute('data-confirm-unsaved');
    if (dropsUnsaved) {
        question = asker.getAttribute('data-confirm-unsaved');
    }
    if (question && !window.confirm(question)) {
        event.preventDefault();
        event.stopImmediatePropagation();
    } else if (dropsUnsaved) {
        // Already told that the edits will not be kept: leaving the page asks no second time.
        document.documentElement.removeAttribute('data-unsaved');
    }
}, true);

// Comments load once scrolled near (hx-trigger="revealed"). A link to one comment (#comment-42)
// loads them at once and, when they are in, goes to that comment.
document.addEventListener('DOMContentLoaded', function () {
    var comments = document.querySelector('section#comments[hx-get]');
    if (!comments || !/^#comment-\d+$/.test(window.location.hash)) {
        return;
    }
    document.body.addEventListener('htmx:afterSettle', function goToComment() {
        var target = document.querySelector(window.location.hash);
        if (target) {
            document.body.removeEventListener('htmx:afterSettle', goToComment);
            target.scrollIntoView();
        }
    });
    htmx.trigger(comments, 'hcpress:show-comments');
});

// A target of a link (#ref-4, #notes) lands below the sticky header: the CSS reads its height here.
(function () {
    function measure() {
        var header = document.querySelector('.site-header');
        var root = document.documentElement;
        var height = header ? header.offsetHeight + 'px' : null;
        // Every element's style depends on it: set it only when the stylesheet's value is not the one drawn.
        if (height && getComputedStyle(root).getPropertyValue('--header-height').trim() !== height) {
            root.style.setProperty('--header-height', height);
        }
    }
    document.addEventListener('DOMContentLoaded', measure);
    window.addEventListener('resize', measure);
})();

// The language switch keeps the page, its query and the values typed into its forms (a
// calculator's inputs): only "lang" changes. Articles are kept rendered for every reader, so the
// link is built here from the address the reader is at, not on the server.
document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.lang-switch') : null;
    if (!link) {
        return;
    }
    var wanted = new URL(link.href, window.location.href).searchParams.get('lang');
    var target = new URL(window.location.href);
    var form = document.querySelector('main form[data-keep-values]');
    if (form) {
        new FormData(form).forEach(function (value, name) {
            if (typeof value === 'string' && value !== '' && name !== 'lang') {
                target.searchParams.set(name, value);
            }
        });
    }
    target.searchParams.set('lang', wanted);
    link.href = target.pathname + target.search + target.hash;
});
