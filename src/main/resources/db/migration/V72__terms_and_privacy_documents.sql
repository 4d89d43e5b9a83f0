-- The terms of service and the privacy policy are versioned legal documents like the identity
-- agreement: platform-wide, published by administrators, read at /terms and /privacy.

alter table legal_document drop constraint legal_document_kind_check;
alter table legal_document add constraint legal_document_kind_check
    check (kind in ('IDENTITY_AGREEMENT', 'ZONE_CONSENT', 'TERMS', 'PRIVACY_POLICY'));
alter table legal_document drop constraint legal_document_check;
alter table legal_document add constraint legal_document_zone_check
    check ((kind = 'ZONE_CONSENT') = (zone_id is not null));
