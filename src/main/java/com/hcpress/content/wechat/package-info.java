/**
 * "Export for WeChat": an article as HTML with inline styles that keeps its look when pasted into
 * the WeChat official-account editor, which drops style sheets, scripts and classes. For staff only
 * (it lives under {@code /editor}), as it carries the gated text.
 */
package com.hcpress.content.wechat;
