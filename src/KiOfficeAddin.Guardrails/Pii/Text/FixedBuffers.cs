using System.Runtime.CompilerServices;

namespace KiOfficeAddin.Guardrails.Pii.Text;

// Small buffers of a fixed size, declared as locals in place of a stackalloc: a method with a loop and a stackalloc is
// compiled once, fully optimised, and never reaches the profile-guided tier (no on-stack replacement with a stackalloc),
// so its hot loops run without the profile's inlining and layout. A local of one of these converts to a Span<T> of its
// whole size; slice it to the size the method needs.

[InlineArray(8)]
internal struct FixedBuffer8<T>
{
    private T first;
}

[InlineArray(16)]
internal struct FixedBuffer16<T>
{
    private T first;
}

[InlineArray(32)]
internal struct FixedBuffer32<T>
{
    private T first;
}

[InlineArray(64)]
internal struct FixedBuffer64<T>
{
    private T first;
}
