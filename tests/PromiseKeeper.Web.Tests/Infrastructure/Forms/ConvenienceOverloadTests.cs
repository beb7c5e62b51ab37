using System.Reflection;
using System.Reflection.Emit;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Tests.Infrastructure.Forms;

/// <summary>
/// The domain's overloads that parse typed input and throw (<see cref="ForTestsAndDemoDataAttribute"/>) are for tests and
/// demo data; pages parse their form once into the checked value (ADR 2). Reads the compiled web assembly (pages,
/// handlers, views, lambdas and async methods included) for calls to them.
/// </summary>
public sealed class ConvenienceOverloadTests
{
    private static readonly Assembly Web = typeof(FormErrorsPageFilter).Assembly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(op => op.Value);

    [Fact]
    public void Only_demo_data_calls_the_overloads_for_tests_and_demo_data()
    {
        var callers = CallsToConvenienceOverloads().Where(call => !IsDemoData(call.Caller)).Select(call => call.ToString());

        Assert.Empty(callers);
    }

    [Fact]
    public void The_scan_finds_the_calls_demo_data_makes()
    {
        var demoCalls = CallsToConvenienceOverloads().Where(call => IsDemoData(call.Caller)).Select(call => call.Callee).ToList();

        Assert.Contains(demoCalls, callee => callee.DeclaringType == typeof(Incident) && callee.Name == nameof(Incident.Log));
        Assert.Contains(demoCalls, callee => callee.DeclaringType == typeof(Client) && callee.Name == nameof(Client.Create));
        Assert.Contains(demoCalls, callee => callee.DeclaringType == typeof(Incident) && callee.Name == nameof(Incident.RecordOrigin));
    }

    private static IEnumerable<Call> CallsToConvenienceOverloads()
    {
        const BindingFlags declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        foreach (var type in Web.GetTypes())
        {
            foreach (var method in type.GetMethods(declared).Cast<MethodBase>().Concat(type.GetConstructors(declared)))
            {
                if (method.GetMethodBody()?.GetILAsByteArray() is not { } il)
                {
                    continue;
                }

                foreach (var token in MethodTokens(il))
                {
                    if (Resolve(type, method, token) is { } callee && callee.IsDefined(typeof(ForTestsAndDemoDataAttribute)))
                    {
                        yield return new Call(type, method, callee);
                    }
                }
            }
        }
    }

    /// <summary>The metadata tokens of every call, callvirt, newobj and ldftn operand (a lambda is a method too).</summary>
    private static IEnumerable<int> MethodTokens(byte[] il)
    {
        var at = 0;
        while (at < il.Length)
        {
            var value = il[at] == 0xFE ? unchecked((short)(0xFE00 | il[at + 1])) : il[at];
            var op = OpCodesByValue[value];
            at += op.Size;
            if (op.OperandType == OperandType.InlineMethod)
            {
                yield return BitConverter.ToInt32(il, at);
            }

            at += OperandSize(op.OperandType, il, at);
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    private static MethodBase? Resolve(Type type, MethodBase method, int token)
    {
        try
        {
            return type.Module.ResolveMethod(
                token,
                type.IsGenericType ? type.GetGenericArguments() : null,
                method.IsGenericMethod ? method.GetGenericArguments() : null);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Demo data seeds the demo database (Data/Demo*), nested compiler-made types included.</summary>
    private static bool IsDemoData(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type.Namespace == "PromiseKeeper.Web.Data" && type.Name.StartsWith("Demo", StringComparison.Ordinal);
    }

    private sealed record Call(Type Caller, MethodBase Method, MethodBase Callee)
    {
        public override string ToString() => $"{Caller.FullName}.{Method.Name} calls {Callee.DeclaringType?.Name}.{Callee.Name}";
    }
}
