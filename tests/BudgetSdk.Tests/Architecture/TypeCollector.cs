using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace BudgetSdk.Tests.Architecture;

/// <summary>
/// Collects the types of one assembly that a signature or a token names, through generic arguments, arrays and
/// pointers; types of other assemblies are left out (their namespaces are not the assembly's).
/// </summary>
internal sealed class TypeCollector(MetadataReader reader) : ISignatureTypeProvider<int, object?>
{
    /// <summary>The types named so far.</summary>
    public HashSet<TypeDefinitionHandle> Types { get; } = [];

    /// <summary>Adds the types a type, member or method token names: a member counts as its declaring type.</summary>
    /// <param name="handle">A type, field, method, member reference or method specification; nil is ignored.</param>
    public void Add(EntityHandle handle)
    {
        if (handle.IsNil)
        {
            return;
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                Types.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                break;
            case HandleKind.FieldDefinition:
                Types.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MethodDefinition:
                Types.Add(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                Add(reader.GetMemberReference((MemberReferenceHandle)handle).Parent);
                break;
            case HandleKind.MethodSpecification:
                var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                Add(specification.Method);
                specification.DecodeSignature(this, null);
                break;
        }
    }

    /// <inheritdoc />
    public int GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        Types.Add(handle);
        return 0;
    }

    /// <inheritdoc />
    public int GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
    {
        metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        return 0;
    }

    /// <inheritdoc />
    public int GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => 0;

    /// <inheritdoc />
    public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;

    /// <inheritdoc />
    public int GetSZArrayType(int elementType) => 0;

    /// <inheritdoc />
    public int GetArrayType(int elementType, ArrayShape shape) => 0;

    /// <inheritdoc />
    public int GetByReferenceType(int elementType) => 0;

    /// <inheritdoc />
    public int GetPointerType(int elementType) => 0;

    /// <inheritdoc />
    public int GetPinnedType(int elementType) => 0;

    /// <inheritdoc />
    public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments) => 0;

    /// <inheritdoc />
    public int GetGenericMethodParameter(object? genericContext, int index) => 0;

    /// <inheritdoc />
    public int GetGenericTypeParameter(object? genericContext, int index) => 0;

    /// <inheritdoc />
    public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => 0;

    /// <inheritdoc />
    public int GetFunctionPointerType(MethodSignature<int> signature) => 0;
}
