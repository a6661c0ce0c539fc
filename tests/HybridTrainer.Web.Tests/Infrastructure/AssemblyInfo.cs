// Two lanes run side by side, each with its own app and database: the host tests (HostGroup) and the browser tests
// (BrowserGroup). Tests that start an app of their own join the host lane, so no timing check of theirs shares the
// machine with more than the other lane. App start-ups never overlap (AppFactory.CreateHost), because
// WebApplicationFactory intercepts Program's host through a process-wide listener.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
