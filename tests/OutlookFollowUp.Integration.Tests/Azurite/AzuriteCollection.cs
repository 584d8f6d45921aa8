using System.Diagnostics.CodeAnalysis;

namespace OutlookFollowUp.Integration.Tests.Azurite;

/// <summary>
/// Every test class marked <c>[Collection(AzuriteCollection.Name)]</c> shares one Azurite process, started before
/// the first of them and stopped after the last. Classes of one collection run one after another.
/// </summary>
[CollectionDefinition(Name)]
[SuppressMessage("Naming", "CA1711", Justification = "xunit's convention: a collection definition is named after its collection.")]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}
