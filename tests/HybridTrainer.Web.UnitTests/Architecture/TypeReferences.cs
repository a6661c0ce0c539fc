using System.Reflection;
using System.Reflection.Emit;

namespace HybridTrainer.Web.UnitTests.Architecture;

/// <summary>
/// Every type a compiled type uses: base type, interfaces, attributes, fields, properties, method and constructor
/// signatures, generic arguments, and the operands of its IL (calls, object creation, field access, casts, typeof).
/// Nested types (lambdas, async state machines, Razor render fragments) count for the type they are nested in.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> _opCodes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null)
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
                return;
            }

            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }

                t = t.GetGenericTypeDefinition();
            }

            if (!t.IsGenericParameter)
            {
                found.Add(t);
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (var attribute in type.GetCustomAttributesData())
        {
            Add(attribute.AttributeType);
            foreach (var argument in attribute.ConstructorArguments)
            {
                Add(argument.Value as Type);
            }
        }

        foreach (var field in type.GetFields(All))
        {
            Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(All))
        {
            Add(property.PropertyType);
            foreach (var attribute in property.GetCustomAttributesData())
            {
                Add(attribute.AttributeType);
            }
        }

        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }

            foreach (var operand in IlOperands(method))
            {
                Add(operand);
            }
        }

        foreach (var nested in type.GetNestedTypes(All))
        {
            foreach (var t in Of(nested))
            {
                Add(t);
            }
        }

        return found;
    }

    // Types named by the method body's tokens: the declaring types of called methods and accessed fields, created
    // objects, casts, boxing and typeof.
    private static IEnumerable<Type> IlOperands(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var module = method.Module;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            OpCode code;
            if (il[i] == 0xFE)
            {
                code = _opCodes[(short)(0xFE00 | il[i + 1])];
                i += 2;
            }
            else
            {
                code = _opCodes[il[i]];
                i++;
            }

            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    MemberInfo? member = null;
                    try
                    {
                        member = module.ResolveMember(token, typeArguments, methodArguments);
                    }
                    catch (ArgumentException)
                    {
                        // A token into another module's generic context; the signature scan covers it.
                    }

                    switch (member)
                    {
                        case Type t:
                            yield return t;
                            break;
                        case MethodBase m:
                            if (m.DeclaringType is { } declaring)
                            {
                                yield return declaring;
                            }

                            if (m is MethodInfo { IsGenericMethod: true } generic)
                            {
                                foreach (var argument in generic.GetGenericArguments())
                                {
                                    yield return argument;
                                }
                            }

                            break;
                        case FieldInfo f:
                            if (f.DeclaringType is { } owner)
                            {
                                yield return owner;
                            }

                            yield return f.FieldType;
                            break;
                    }

                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                default:
                    i += OperandSize(code.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType type) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}
