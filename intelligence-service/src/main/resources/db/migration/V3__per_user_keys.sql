-- Every key includes user_id (issue 15): with primary keys on id alone, the app role bound to user B learnt from a
-- unique violation that an id of user A's existed. Keyed by (user_id, id), B's rows never collide with A's. (The
-- other unique keys already began with user_id; these tables have no foreign keys.)
alter table conversation_intelligence drop constraint conversation_intelligence_pkey,
    add constraint conversation_intelligence_pkey primary key (user_id, id);
alter table sentiment_history drop constraint sentiment_history_pkey,
    add constraint sentiment_history_pkey primary key (user_id, id);
alter table topic_detection_history drop constraint topic_detection_history_pkey,
    add constraint topic_detection_history_pkey primary key (user_id, id);
