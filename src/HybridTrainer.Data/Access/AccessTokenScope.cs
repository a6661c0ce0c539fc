namespace HybridTrainer.Data.Access;

/// <summary>What a personal access token may do through the API: read only (GET), or also write (POST, PUT, PATCH, DELETE).</summary>
public enum AccessTokenScope
{
    ReadOnly,
    ReadWrite,
}
