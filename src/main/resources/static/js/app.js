// htmx sends POSTs with the CSRF token that the page carries in its <meta> tags.
document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
        event.detail.headers[header.content] = token.content;
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
