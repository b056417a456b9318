//! Admin pages: accounts by role with paging, disabling and enabling after a
//! confirmation step, the last admin kept, no worker's personal data shown.

mod accounts;
