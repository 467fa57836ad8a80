using System.Globalization;
using System.Text.RegularExpressions;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Sections;

/// <summary>
/// The state of <see cref="ChangeStatementReader"/>'s pass: where the clause, sentence and paragraph began, how deep in
/// brackets, the subjects quoted so far, and the statement whose reason is still being read. A subject-less change
/// right after a statement (<c>与 2023年持平，无增减变化</c>, <c>增加6万元，增长38%</c>) completes that statement.
/// </summary>
internal sealed class ChangeScan(int section, SectionText text, int year)
{
    private readonly List<Draft> _drafts = [];
    private readonly List<NamedYear> _years = [];
    private readonly HashSet<(int Year, int SentenceStart)> _yearsSeen = [];
    private int _clauseStart;
    private int _sentenceStart;
    private int _depth;
    private (string Subject, decimal Amount)? _head;
    // The last amount quoted outside brackets; a null subject is an amount of something else (招商经费45万元), whose
    // change must not be taken for the subject before it.
    private (string? Subject, decimal Amount)? _lastOutside;
    private Draft? _lastInSentence;
    private decimal? _pendingLastYear;
    private Draft? _reasonOf;
    private int _reasonFrom;
    private (int Start, string Text) _sentence = (-1, string.Empty);

    public void Take(Match token)
    {
        if (token.Groups["break"].Success)
        {
            Break(token.Index, token.Value[0]);
        }
        else if (token.Groups["open"].Success)
        {
            _depth++;
        }
        else if (token.Groups["close"].Success)
        {
            _depth = Math.Max(0, _depth - 1);
        }
        else if (token.Groups["year"].Success)
        {
            // Once per year and sentence, keyed by the sentence's offset: hashing its text would cost its length each time.
            var named = int.Parse(token.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (_yearsSeen.Add((named, _sentenceStart)))
            {
                _years.Add(new NamedYear(section, named, Sentence(token.Index), text.LineAt(token.Index)));
            }
        }
        else if (token.Groups["amount"].Success)
        {
            Amount(token);
        }
        else
        {
            Change(token);
        }
    }

    public (IReadOnlyList<ChangeStatement>, IReadOnlyList<NamedYear>) Finish()
    {
        CloseReason(text.Text.Length);
        return (_drafts.Select(d => d.Statement).ToArray(), _years.ToArray());
    }

    private void Break(int index, char mark)
    {
        _clauseStart = index + 1;
        if (mark is '。' or '！' or '？' or '\n')
        {
            _sentenceStart = index + 1;
            _lastOutside = null;
            _lastInSentence = null;
            _pendingLastYear = null;
        }

        if (mark == '\n')
        {
            CloseReason(index);
            _head = null;
            _depth = 0;
        }
    }

    private void Amount(Match token)
    {
        var clause = text.Text[_clauseStart..token.Index];
        var clauseStart = _clauseStart;
        _clauseStart = token.Index + token.Length;
        if (PrintedNumbers.Parse(token.Groups["amount"].Value) is not { } amount)
        {
            return;
        }

        if (ChangeStatementReader.NamesLastYear(clause, year))
        {
            // 上年预算21.50万元: last year's figure, for the statement of this sentence before or after it.
            if (_lastInSentence is { Statement.LastYear: null } previous)
            {
                previous.Statement = previous.Statement with { LastYear = amount };
            }
            else
            {
                _pendingLastYear = amount;
            }

            return;
        }

        // 减少项目支出29万元 inside a reason is a detail of the change, not a figure (as QuotedAmountReader skips it).
        if (QuotedAmountReader.ChangeWords.Any(w => clause.Contains(w, StringComparison.Ordinal)))
        {
            return;
        }

        if (ChangeStatementReader.SubjectOf(section, clause) is not { } subject)
        {
            if (_depth == 0)
            {
                _lastOutside = (null, amount);
            }

            return;
        }

        CloseReason(Math.Max(_reasonFrom, clauseStart));
        _head ??= (subject, amount);
        if (_depth == 0)
        {
            _lastOutside = (subject, amount);
        }

        _lastInSentence = null;
    }

    private void Change(Match token)
    {
        var clause = text.Text[_clauseStart..token.Index];
        var clauseStart = _clauseStart;
        _clauseStart = token.Index + token.Length;
        var (direction, amount, percent) = Quantity(token);
        var rest = ChangeStatementReader.WithoutComparison(clause);
        string subject;
        decimal? current;
        if (rest.Length == 0)
        {
            if (_lastInSentence is { } previous && Completes(previous.Statement, amount, percent))
            {
                CloseReason(token.Index);
                previous.Statement = previous.Statement with { Amount = previous.Statement.Amount ?? amount, Percent = previous.Statement.Percent ?? percent };
                OpenReason(previous, token);
                return;
            }

            if (_lastOutside is { Subject: null })
            {
                return;
            }

            (subject, current) = _lastOutside is { Subject: { } lastSubject } last ? (lastSubject, last.Amount)
                : _head is { } head ? (head.Subject, (decimal?)head.Amount)
                : (Default(), null);
        }
        else if (ChangeStatementReader.SubjectOf(section, rest) is { } named)
        {
            subject = named;
            current = _lastOutside is { } last && last.Subject == named ? last.Amount : null;
        }
        else
        {
            // 物业费增加10万元: a change of something that is no subject, inside a reason.
            return;
        }

        CloseReason(Math.Max(_reasonFrom, clauseStart));
        var draft = new Draft(new ChangeStatement(section, subject, direction, amount, percent, token.Value.Trim(), Sentence(token.Index), text.LineAt(token.Index))
        {
            Current = current,
            LastYear = _pendingLastYear,
        });
        _pendingLastYear = null;
        _drafts.Add(draft);
        _lastInSentence = draft;
        OpenReason(draft, token);
    }

    private static (ChangeDirection, decimal?, decimal?) Quantity(Match token)
    {
        if (token.Groups["same"].Success)
        {
            return (ChangeDirection.Unchanged, null, null);
        }

        var unstated = token.Groups["unstated"].Success;
        var number = PrintedNumbers.Parse(token.Groups[unstated ? "unstatedNumber" : "number"].Value);
        var inWan = token.Groups[unstated ? "unstatedUnit" : "unit"].Value == "万元";
        var direction = unstated ? ChangeDirection.Unstated
            : token.Groups["direction"].Value is "增加" or "增长" or "上升" or "提高" ? ChangeDirection.Increase : ChangeDirection.Decrease;
        return (direction, inWan ? number : null, inWan ? null : number);
    }

    // A second wording of the same change adds what the first left out (an amount, a percent), or repeats 持平.
    private static bool Completes(ChangeStatement previous, decimal? amount, decimal? percent)
        => (amount is not null && previous.Amount is null) || (percent is not null && previous.Percent is null)
            || (amount is null && percent is null && previous.Direction == ChangeDirection.Unchanged);

    private string Default() => section switch
    {
        3 => QuotedSubjects.OperatingFunds,
        4 => QuotedSubjects.ThreePublic,
        _ => QuotedSubjects.Expense,
    };

    private void OpenReason(Draft draft, Match token)
    {
        _reasonOf = draft;
        _reasonFrom = token.Index + token.Length;
    }

    private void CloseReason(int end)
    {
        if (_reasonOf is { } draft && end > _reasonFrom)
        {
            draft.Statement = draft.Statement with { Reason = draft.Statement.Reason ?? ChangeStatementReader.ReasonIn(text.Text[_reasonFrom..end]) };
        }

        _reasonOf = null;
    }

    // Every token of a sentence asks for it; it is cut once.
    private string Sentence(int offset)
    {
        if (_sentence.Start != _sentenceStart)
        {
            _sentence = (_sentenceStart, text.SentenceAt(Math.Max(offset, _sentenceStart)));
        }

        return _sentence.Text;
    }

    private sealed class Draft(ChangeStatement statement)
    {
        public ChangeStatement Statement { get; set; } = statement;
    }
}
