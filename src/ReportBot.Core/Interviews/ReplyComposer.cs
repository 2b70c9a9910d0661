namespace ReportBot.Core.Interviews;

/// <summary>Joins what one intent said into one message: texts in order, every button kept once, the saved value first.</summary>
internal static class ReplyComposer
{
    public static void Compose(List<Reply> replies, int from)
    {
        // Documents and messages to someone else stay messages of their own.
        var parts = replies.Skip(from).ToList();
        if (parts.Count < 2 || parts.Any(r => r.Document is not null || r.ToUserId is not null)) return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<Button>>();
        foreach (var row in parts.SelectMany(r => r.Buttons))
        {
            var fresh = row.Where(b => seen.Add(b.Choice)).ToList();
            if (fresh.Count > 0) rows.Add(fresh);
        }
        var text = string.Join("\n\n", parts.Select(r => r.Text.Trim()).Where(t => t.Length > 0));
        replies.RemoveRange(from, parts.Count);
        replies.Add(new Reply(text, rows) { Saved = parts.Select(r => r.Saved).FirstOrDefault(s => s is not null) });
    }
}
