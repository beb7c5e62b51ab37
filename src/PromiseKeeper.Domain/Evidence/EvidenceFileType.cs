namespace PromiseKeeper.Domain.Evidence;

/// <summary>The kinds of document accepted as evidence of an incident, recognised by their content.</summary>
public enum EvidenceFileType
{
    Pdf,
    Docx,
    Eml,
    Txt,
    Png,
    Jpeg,
}
