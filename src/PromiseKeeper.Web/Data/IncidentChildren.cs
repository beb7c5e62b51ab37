using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// Loads every child collection of an incident (timeline, evidence, options, check-ins, measures, blame findings,
/// legal reviews) in ONE statement: each collection comes back as a JSON array of its rows, all in one JSON object.
/// EF Core loads them as split queries (one statement per collection) or as one cartesian join; neither EF Core 10
/// nor Npgsql can aggregate a collection include to JSON yet (dotnet/efcore#30958, npgsql/efcore.pg#1691).
/// </summary>
/// <remarks>
/// Everything comes from EF Core's model: the tables, the columns, each column's value converter, how a child is
/// constructed (its constructor binding) and how it is added to the incident (the navigation's collection
/// accessor). A new column or collection is therefore loaded without a change here; the tests compare the result
/// with EF Core's own Include, property by property. The children are not tracked (read-only pages only).
/// </remarks>
public static class IncidentChildren
{
    private static readonly ConcurrentDictionary<(IModel Model, string Collections), ChildrenCommand> CommandsByCollections = new();

    /// <summary>Adds every child collection of the incident, read in one statement, to <paramref name="incident"/> (loaded without them, not tracked).</summary>
    public static Task LoadChildrenAsync(this PromiseKeeperDbContext db, Incident incident, CancellationToken cancellationToken) =>
        db.LoadChildrenAsync(incident, [], cancellationToken);

    /// <summary>
    /// Adds the collections named in <paramref name="only"/> (navigation names such as <c>nameof(Incident.Options)</c>;
    /// all of them when empty), read in one statement, to <paramref name="incident"/> (loaded without them, not tracked).
    /// </summary>
    public static async Task LoadChildrenAsync(this PromiseKeeperDbContext db, Incident incident, IReadOnlyCollection<string> only, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(only);
        var collections = Collections(db.Model).Where(n => only.Count == 0 || only.Contains(n.Name)).ToList();
        if (only.Count > 0 && collections.Count != only.Count)
        {
            throw new ArgumentException($"Not collections of an incident: {string.Join(", ", only)}.", nameof(only));
        }

        var command = CommandsByCollections.GetOrAdd(
            (db.Model, string.Join(',', collections.Select(n => n.Name))),
            static (_, state) => ChildrenCommand.Build(state.db, SqlFor(state.collections)),
            (db, collections));
        var json = await ReadJsonAsync(db, command, incident.Id, cancellationToken);
        using var document = JsonDocument.Parse(json);
        foreach (var navigation in collections)
        {
            var accessor = navigation.GetCollectionAccessor()
                ?? throw new InvalidOperationException($"{navigation.Name} has no collection accessor.");
            foreach (var row in document.RootElement.GetProperty(navigation.Name).EnumerateArray())
            {
                accessor.Add(incident, Materialize(navigation.TargetEntityType, row), forMaterialization: true);
            }
        }
    }

    /// <summary>
    /// Runs the statement as EF Core runs <c>ExecuteSqlRaw</c>: through its connection, transaction, logging and
    /// interceptors, but without its query pipeline. <c>SqlQueryRaw</c> would compose the statement into a query and
    /// generate its SQL again on every call (EF Core caches no command whose SQL is raw with parameters): at ~5 kB of
    /// SQL, that was a sixth of the incident page's allocations (ADR 13).
    /// </summary>
    private static async Task<string> ReadJsonAsync(PromiseKeeperDbContext db, ChildrenCommand command, long incidentId, CancellationToken cancellationToken)
    {
        var parameters = new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), new Dictionary<string, object?> { [command.IncidentIdParameter] = incidentId }, null, db,
            db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.FromSqlQuery);
        // A command of its own for this execution: a relational command keeps its data reader for reuse, so one shared
        // between requests had two of them reading through one reader (Npgsql: "the read on this field has consumed all of
        // its bytes", session 29).
        var execution = db.GetService<IRelationalCommandBuilderFactory>().Create().Build();
        execution.PopulateFrom(command.Template);
        await using var reader = await execution.ExecuteReaderAsync(parameters, cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? reader.DbDataReader.GetString(0)
            : throw new InvalidOperationException("The children statement returned no row.");
    }

    /// <summary>
    /// The children statement as EF Core's raw SQL command builder makes it (text and parameters), built once per model and
    /// set of collections: building it copied the ~5 kB of SQL on every request (an eighth of the incident page's
    /// allocations). Each execution copies the template into a command of its own, as EF Core's query pipeline does.
    /// </summary>
    private sealed record ChildrenCommand(IRelationalCommandTemplate Template, string IncidentIdParameter)
    {
        public static ChildrenCommand Build(PromiseKeeperDbContext db, string sql)
        {
            var built = db.GetService<IRawSqlCommandBuilder>().Build(sql, [0L], db.Model);
            return new ChildrenCommand(built.RelationalCommand, built.ParameterValues.Keys.Single());
        }
    }

    /// <summary>The incident's collection navigations (its owned one-to-one parts load with the incident itself).</summary>
    public static IReadOnlyList<INavigation> Collections(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var incident = model.FindEntityType(typeof(Incident)) ?? throw new InvalidOperationException("Incident is not in the model.");
        return [.. incident.GetNavigations().Where(n => n.IsCollection)];
    }

    /// <summary>
    /// SELECT json_build_object('Timeline', (SELECT coalesce(json_agg(json_build_object('Id', c."Id", ...)), '[]')
    /// FROM "IncidentEvents" AS c WHERE c."IncidentId" = @p0), 'Evidence', (...), ...)::text AS "Value".
    /// </summary>
    private static string SqlFor(IReadOnlyList<INavigation> collections)
    {
        var sql = new StringBuilder("SELECT json_build_object(");
        foreach (var navigation in collections)
        {
            var child = navigation.TargetEntityType;
            var columns = Columns(child).Select(c => $"'{c.Column}', c.{Quote(c.Column)}");
            var foreignKey = navigation.ForeignKey.Properties.Single().GetColumnName();
            sql.Append(navigation == collections[0] ? string.Empty : ", ")
                .Append(CultureInvariant($"'{navigation.Name}', (SELECT coalesce(json_agg(json_build_object({string.Join(", ", columns)})), '[]') "))
                .Append(CultureInvariant($"FROM {Quote(child.GetTableName()!)} AS c WHERE c.{Quote(foreignKey)} = {{0}})"));
        }

        return sql.Append(")::text AS \"Value\"").ToString();
    }

    /// <summary>Each mapped property of <paramref name="type"/>, its complex types' included, with its column.</summary>
    public static IEnumerable<(IProperty Property, string Column)> Columns(ITypeBase type)
    {
        ArgumentNullException.ThrowIfNull(type);
        foreach (var property in type.GetProperties())
        {
            yield return (property, property.GetColumnName());
        }

        foreach (var complex in type.GetComplexProperties())
        {
            foreach (var column in Columns(complex.ComplexType))
            {
                yield return column;
            }
        }
    }

    private static object Materialize(ITypeBase type, JsonElement row)
    {
        var plan = PlanByType.GetOrAdd(type, MaterializationPlan.For);
        var arguments = new object?[plan.ConstructorArguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = plan.ConstructorArguments[i].Read(row);
        }

        var instance = plan.Constructor.Invoke(arguments);
        foreach (var column in plan.SetAfterwards)
        {
            column.Set(instance, column.Read(row));
        }

        foreach (var complex in plan.Complex)
        {
            // An optional complex value (an optional amount of money) is null when all its columns are.
            var isNull = complex.Property.IsNullable && complex.Columns.All(c => row.GetProperty(c).ValueKind == JsonValueKind.Null);
            Set(instance, complex.Member, complex.Property, isNull ? null : Materialize(complex.Property.ComplexType, row));
        }

        return instance;
    }

    private static readonly ConcurrentDictionary<ITypeBase, MaterializationPlan> PlanByType = new();

    /// <summary>
    /// How to build one child type, worked out once from the model instead of for every row: the constructor, and for each
    /// property its column, the type its JSON value is read as, its value converter and the member it is set through
    /// (EF Core's metadata lookups cost more than reading the value).
    /// </summary>
    private sealed record MaterializationPlan(
        ConstructorInfo Constructor,
        IReadOnlyList<ColumnPlan> ConstructorArguments,
        IReadOnlyList<ColumnPlan> SetAfterwards,
        IReadOnlyList<ComplexPlan> Complex)
    {
        public static MaterializationPlan For(ITypeBase type)
        {
            var binding = type.ConstructorBinding as ConstructorBinding
                ?? throw new InvalidOperationException($"{type.DisplayName()} is not built through a constructor.");
            var arguments = binding.ParameterBindings.Select(p => (IProperty)p.ConsumedProperties.Single()).ToList();
            return new MaterializationPlan(
                binding.Constructor,
                [.. arguments.Select(p => ColumnPlan.For(p, settable: false))],
                [.. type.GetProperties().Where(p => !arguments.Contains(p)).Select(p => ColumnPlan.For(p, settable: true))],
                [.. type.GetComplexProperties().Select(c => new ComplexPlan(c, [.. Columns(c.ComplexType).Select(column => column.Column)], MemberToSet(c)))]);
        }
    }

    private sealed record ComplexPlan(IComplexProperty Property, IReadOnlyList<string> Columns, MemberInfo Member);

    /// <summary>One property's column and how its JSON value becomes the property's value, as EF Core would read it.</summary>
    private sealed record ColumnPlan(IProperty Property, string Column, Type ProviderType, ValueConverter? Converter, MemberInfo? Member)
    {
        /// <summary>A constructor argument is not set afterwards: it needs no member to set (and may have none).</summary>
        public static ColumnPlan For(IProperty property, bool settable)
        {
            var mapping = property.GetTypeMapping();
            var providerType = Nullable.GetUnderlyingType(mapping.Converter?.ProviderClrType ?? property.ClrType)
                ?? mapping.Converter?.ProviderClrType ?? property.ClrType;
            return new ColumnPlan(property, property.GetColumnName(), providerType, mapping.Converter, settable ? MemberToSet(property) : null);
        }

        /// <summary>The JSON value as the column's type, then its value converter.</summary>
        public object? Read(JsonElement row)
        {
            var json = row.GetProperty(Column);
            if (json.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            // A jsonb column comes back as JSON itself, not as a string: its value converter reads the JSON text.
            var value = ProviderType == typeof(string) && json.ValueKind is JsonValueKind.Array or JsonValueKind.Object
                ? json.GetRawText()
                : json.Deserialize(ProviderType);
            if (value is DateTimeOffset at)
            {
                // JSON keeps the session's offset; Npgsql reads timestamptz as UTC.
                value = at.ToUniversalTime();
            }

            return Converter is { } converter ? converter.ConvertFromProvider(value) : value;
        }

        public void Set(object instance, object? value) =>
            IncidentChildren.Set(instance, Member ?? throw new InvalidOperationException($"{Property.Name} is a constructor argument."), Property, value);
    }

    private static MemberInfo MemberToSet(IPropertyBase property) => property.GetMemberInfo(forMaterialization: true, forSet: true);

    private static void Set(object instance, MemberInfo member, IPropertyBase property, object? value)
    {
        switch (member)
        {
            case FieldInfo field:
                field.SetValue(instance, value);
                break;
            case PropertyInfo clrProperty:
                clrProperty.SetValue(instance, value);
                break;
            default:
                throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} cannot be set.");
        }
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
