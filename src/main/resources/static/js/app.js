// htmx sends POSTs with the CSRF token that the page carries in its <meta> tags.
document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
        event.detail.headers[header.content] = token.content;
    }
});
