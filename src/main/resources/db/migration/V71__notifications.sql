-- The notification centre: what each account was told, what it has read, and by which channels
-- it wants each category. All of it is the account's personal data (exported, erased with it).

create table notification (
    id         bigserial primary key,
    account_id bigint       not null references app_user (id) on delete cascade,
    category   varchar(40)  not null,
    link       varchar(500),
    parameters text         not null,
    created_at timestamptz  not null default now(),
    read_at    timestamptz
);
create index notification_account on notification (account_id, id desc);
create index notification_unread on notification (account_id) where read_at is null;

-- A missing row means the category's default (NotificationCategory).
create table notification_preference (
    account_id bigint      not null references app_user (id) on delete cascade,
    category   varchar(40) not null,
    email      boolean     not null,
    sms        boolean     not null,
    primary key (account_id, category)
);

-- The language emails and text messages are written in: the one the account last saved its choices in.
create table notification_language (
    account_id bigint     primary key references app_user (id) on delete cascade,
    language   varchar(8) not null check (language in ('zh', 'en'))
);

-- The key that signs unsubscribe links, the same for every instance; replaced by setting
-- hcpress.notifications.unsubscribe-secret.
create table notification_secret (
    id     integer primary key check (id = 1),
    secret varchar(64) not null
);
insert into notification_secret (id, secret)
values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
