package com.hcpress.clinical.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.BilirubinUnit;
import com.hcpress.clinical.domain.Coded;

/**
 * The units a reader enters bilirubin and albumin in. Chinese laboratories report µmol/L and g/L,
 * American ones mg/dL and g/dL, so the forms start with the reader's language's units; once a
 * reader calculates with other units, a cookie (units only, never a clinical value) keeps them
 * for every tool. A unit parameter sent empty stays empty: only a missing one takes the default.
 */
record UnitPreference(BilirubinUnit bilirubin, AlbuminUnit albumin) {

    static final String COOKIE = "hcpress_units";
    static final String BILIRUBIN_FIELD = "bilirubinUnit";
    static final String ALBUMIN_FIELD = "albuminUnit";
    private static final String SEPARATOR = "|";
    private static final Duration KEPT_FOR = Duration.ofDays(365);

    static UnitPreference defaultFor(Locale locale) {
        return "en".equals(locale.getLanguage())
                ? new UnitPreference(BilirubinUnit.MG_PER_DL, AlbuminUnit.G_PER_DL)
                : new UnitPreference(BilirubinUnit.MICROMOL_PER_L, AlbuminUnit.G_PER_L);
    }

    /** The units the cookie keeps, or the language's when there is no valid cookie. */
    static UnitPreference of(HttpServletRequest request, Locale locale) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    UnitPreference kept = parse(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
                    if (kept != null) {
                        return kept;
                    }
                }
            }
        }
        return defaultFor(locale);
    }

    /** The units entered on a form, when both are valid units; else {@code null}. */
    static UnitPreference entered(Map<String, String> values) {
        return parse(values.get(BILIRUBIN_FIELD) + SEPARATOR + values.get(ALBUMIN_FIELD));
    }

    private static UnitPreference parse(String text) {
        String[] codes = text.split("\\|", -1);
        if (codes.length != 2) {
            return null;
        }
        BilirubinUnit bilirubin = byCode(BilirubinUnit.values(), codes[0]);
        AlbuminUnit albumin = byCode(AlbuminUnit.values(), codes[1]);
        return bilirubin == null || albumin == null ? null : new UnitPreference(bilirubin, albumin);
    }

    private static <E extends Coded> E byCode(E[] values, String code) {
        return Arrays.stream(values).filter(value -> value.code().equals(code)).findFirst().orElse(null);
    }

    /** Fills in the unit fields the form did not send at all, for a tool that asks for them. */
    void fillMissing(Map<String, String> values, ClinicalTool tool) {
        if (tool.asks(BILIRUBIN_FIELD)) {
            values.putIfAbsent(BILIRUBIN_FIELD, bilirubin.code());
        }
        if (tool.asks(ALBUMIN_FIELD)) {
            values.putIfAbsent(ALBUMIN_FIELD, albumin.code());
        }
    }

    void remember(HttpServletRequest request, HttpServletResponse response) {
        String value = URLEncoder.encode(bilirubin.code() + SEPARATOR + albumin.code(), StandardCharsets.UTF_8);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, value)
                .path("/clinical").maxAge(KEPT_FOR).httpOnly(true).secure(request.isSecure()).sameSite("Lax")
                .build().toString());
    }
}
