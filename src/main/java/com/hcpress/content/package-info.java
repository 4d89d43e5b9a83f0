/**
 * Zones, articles, their numbered references and images: what lies behind the gate. It stores
 * the Markdown an editor writes next to the sanitised HTML rendered from it once per revision,
 * and offers read models ({@link com.hcpress.content.ArticleView}) to pages and the API.
 */
package com.hcpress.content;
