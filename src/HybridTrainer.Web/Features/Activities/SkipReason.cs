namespace HybridTrainer.Web.Features.Activities;

/// <summary>Why a file of an upload was skipped before decoding; <see cref="SkippedFile.Arguments"/> carries its figures.</summary>
internal enum SkipReason
{
    NotAnActivity,
    ZipDamaged,
    ZipTooDeep,

    /// <summary>The most activity files read.</summary>
    TooManyFiles,

    ZipEntryDamaged,
    GzipDamaged,

    /// <summary>The unpacked ceiling in MB.</summary>
    ArchiveTooLarge,

    /// <summary>The largest file in MB.</summary>
    FileTooLarge,

    /// <summary>The zip's name and how many of its files are not activities.</summary>
    OtherFiles,
}
