-- Staging at scale (issue 6): a staged row's columns are kept as json (validated text) rather than jsonb: the import
-- writes each row once and reads it back whole, nothing queries inside it, and jsonb's decomposition on the way in
-- was a large part of staging's cost. Nothing looks staged rows up by PersonalID: that index only slowed writes.
drop index interop.hmis_row_personal_idx;
alter table interop.hmis_row alter column data type json using data::json;
