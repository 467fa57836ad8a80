namespace BudgetSdk.Text;

/// <summary>
/// How many columns text takes in a fixed-width display: East Asian wide characters take two. Shared by the readers
/// (which line up wrapped cells by column) and the writers (which pad cells), so it lives below both.
/// </summary>
internal static class DisplayWidth
{
    /// <summary>Display width: East Asian wide characters take two columns.</summary>
    public static int Of(string text) => text.Sum(c => c >= '\u1100' && (c <= '\u115f' || (c >= '\u2e80' && c <= '\ua4cf') || (c >= '\uac00' && c <= '\ud7a3') || (c >= '\uf900' && c <= '\ufaff') || (c >= '\ufe30' && c <= '\ufe4f') || (c >= '\uff00' && c <= '\uff60') || (c >= '\uffe0' && c <= '\uffe6')) ? 2 : 1);
}
