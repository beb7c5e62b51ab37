namespace PromiseKeeper.Domain.Evidence;

/// <summary>An uploaded evidence file that passed <see cref="EvidenceFileCheck"/>: its type by content, a safe name and the canonical content type.</summary>
public sealed record CheckedEvidenceFile(EvidenceFileType Type, string FileName, string ContentType, long SizeBytes);
