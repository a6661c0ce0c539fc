// WebApplicationFactory intercepts Program's host through a process-wide listener, so two apps must not start at once;
// the host tests also share one database. Domain tests stay parallel in their own assembly.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
