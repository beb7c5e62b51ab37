using PromiseKeeper.Domain.Language;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests;

/// <summary>
/// The Russian word list on sentences written for it: blame that must be found (in different cases, genders, numbers and
/// verb forms, names on the record inflected) and careful wording, some of it close to blame, that must be left alone.
/// </summary>
public class RussianBlameTests
{
    private static readonly ClientTextCheck _check = ClientTextCheck.For(["Иван Петров (бывший менеджер проекта)", "Мария Смирнова"], Languages.Russian);

    public static TheoryData<string, BlameCategory> Blame() => new()
    {
        { "Ваш прежний менеджер пообещал Вам невозможное.", BlameCategory.BlamesColleague },
        { "Мой коллега подвёл нас с отгрузкой.", BlameCategory.BlamesColleague },
        { "Бывшая коллега забыла передать Ваш заказ на склад.", BlameCategory.BlamesColleague },
        { "Это обещание дал мой предшественник, а не я.", BlameCategory.BlamesColleague },
        { "Честно говоря, это не моя вина.", BlameCategory.BlamesColleague },
        { "Я тут вообще ни при чём.", BlameCategory.BlamesColleague },
        { "Меня тогда ещё не было в компании.", BlameCategory.BlamesColleague },
        { "Я только недавно принял Ваш проект.", BlameCategory.BlamesColleague },
        { "Сотрудник, который Вам это обещал, у нас больше не работает.", BlameCategory.BlamesColleague },
        { "Это решение принимал не я.", BlameCategory.BlamesColleague },
        { "Руководитель проекта должен был заказать детали.", BlameCategory.BlamesColleague },
        { "Ошибка нашего стажёра стоила Вам недели.", BlameCategory.BlamesColleague },
        { "Из-за Ивана Петрова мы сорвали срок.", BlameCategory.BlamesColleague },
        { "Мария забыла отправить Вам договор.", BlameCategory.BlamesColleague },
        { "По вине Марии заказ ушёл не по адресу.", BlameCategory.BlamesColleague },
        { "Это Петрову не стоило обещать такие сроки.", BlameCategory.BlamesColleague },
        { "Иван уже уволился, поэтому никто не проследил за поставкой.", BlameCategory.BlamesColleague },
        { "Я бы никогда такого не пообещала.", BlameCategory.BlamesColleague },
        { "Склад потерял Вашу посылку.", BlameCategory.BlamesAnotherTeam },
        { "Наш поставщик нас подвёл.", BlameCategory.BlamesAnotherTeam },
        { "Из-за подрядчика запуск сдвинулся на месяц.", BlameCategory.BlamesAnotherTeam },
        { "Разработчики должны были исправить это ещё в пятницу.", BlameCategory.BlamesAnotherTeam },
        { "Это ошибка бухгалтерии, а не наша.", BlameCategory.BlamesAnotherTeam },
        { "Виноват перевозчик: он задержал машину.", BlameCategory.BlamesAnotherTeam },
        { "Это не наша вина, так сложились обстоятельства.", BlameCategory.BlamesAnotherTeam },
        { "Служба доставки перепутала адрес.", BlameCategory.BlamesAnotherTeam },
        { "К сожалению, это от нас не зависело.", BlameCategory.BlamesAnotherTeam },
        { "Отдел продаж пообещал Вам лишнее.", BlameCategory.BlamesAnotherTeam },
        { "Все претензии к типографии, не к нам.", BlameCategory.BlamesAnotherTeam },
        { "Вам следовало предупредить нас заранее.", BlameCategory.BlamesClient },
        { "Если бы Вы вовремя прислали данные, проблемы бы не было.", BlameCategory.BlamesClient },
        { "Вы так и не прислали нам логотипы.", BlameCategory.BlamesClient },
        { "Вы неправильно поняли условия договора.", BlameCategory.BlamesClient },
        { "Это целиком Ваша ошибка.", BlameCategory.BlamesClient },
        { "Задержка произошла по Вашей вине.", BlameCategory.BlamesClient },
        { "Ваши сотрудники не ответили на наш запрос.", BlameCategory.BlamesClient },
        { "Как Вам уже сообщали, сроки зависят от Вас.", BlameCategory.BlamesClient },
        { "Вы слишком остро реагируете.", BlameCategory.BlamesClient },
        { "Успокойтесь, пожалуйста.", BlameCategory.BlamesClient },
        { "Вы постоянно меняли требования.", BlameCategory.BlamesClient },
        { "Из-за Ваших поздних правок всё сдвинулось.", BlameCategory.BlamesClient },
        { "Мы никогда не обещали Вам скидку.", BlameCategory.DeniesPromise },
        { "Я такого не говорил.", BlameCategory.DeniesPromise },
        { "Никто из нас Вам этого не гарантировал.", BlameCategory.DeniesPromise },
        { "Такого обязательства не было.", BlameCategory.DeniesPromise },
        { "Дата не была согласована окончательно.", BlameCategory.DeniesPromise },
        { "Это была лишь предварительная оценка.", BlameCategory.DeniesPromise },
        { "Ничего страшного не случилось.", BlameCategory.DeniesPromise },
        { "Задержка всего на два дня.", BlameCategory.DeniesPromise },
        { "Такое бывает у всех.", BlameCategory.DeniesPromise },
        { "Формально мы выполнили всё в срок.", BlameCategory.DeniesPromise },
        { "Вы, наверное, неправильно нас поняли.", BlameCategory.DeniesPromise },
        { "Могло быть и хуже.", BlameCategory.DeniesPromise },
        { "Вы же практически ничего не потеряли.", BlameCategory.DeniesPromise },
        { "Насколько я знаю, коллега Вам этого не обещал.", BlameCategory.DeniesPromise },
        { "Наши разработчики ошиблись с настройками.", BlameCategory.BlamesAnotherTeam },
        { "Бухгалтерия перепутала реквизиты.", BlameCategory.BlamesAnotherTeam },
        { "Во всём виноваты наши логисты.", BlameCategory.BlamesAnotherTeam },
        { "Наша бывшая сотрудница пообещала Вам скидку.", BlameCategory.BlamesColleague },
        { "Прежние менеджеры наобещали лишнего.", BlameCategory.BlamesColleague },
        { "Ивану не стоило давать Вам такое обещание.", BlameCategory.BlamesColleague },
        { "Это было на совести Марии.", BlameCategory.BlamesColleague },
        { "Вашим специалистам следовало проверить выгрузку.", BlameCategory.BlamesClient },
    };

    public static TheoryData<string> Careful() =>
    [
        "Мы не успели к обещанной дате, и это наша ошибка.",
        "Это наша ошибка, и мы её исправим.",
        "Мы обещали Вам поставку к пятнице и не выполнили обещание.",
        "Мы Вас подвели, и мне очень жаль.",
        "Наша команда свяжется с Вами завтра, чтобы согласовать новый срок.",
        "Вы должны были уже получить счёт на почту.",
        "Вы ни в чём не виноваты.",
        "В этом нет никакой Вашей вины.",
        "Мой коллега Иван подключится к звонку и покажет исправление.",
        "Склад отгрузит Ваш заказ первым завтра утром.",
        "Мы попросили поставщика отдать Вам приоритет.",
        "Из-за нашей ошибки запуск переносится на июнь.",
        "Это не просто небольшая задержка, мы это понимаем.",
        "Спасибо, что так быстро прислали файлы.",
        "Если у Вас будут вопросы, звоните мне в любое время.",
        "Ваш руководитель может присоединиться к звонку.",
        "Мы выбрали этого поставщика, поэтому исправлять ситуацию нам.",
        "Ничего страшного, если Вы ответите на следующей неделе.",
        "Я лично прослежу, чтобы новый срок был соблюдён.",
        "Разработчики уже исправляют импорт.",
        "Я не сдержал данного Вам слова и прошу прощения.",
        "Мы не сделали того, что обещали.",
        "Это было твёрдое обещание, а не оценка.",
        "Вы правильно сделали, что сразу нам написали.",
        "Задержка составит две недели, и мы понимаем, как это неприятно.",
        "Мы обещали это письменно и отвечаем за свои слова.",
        "Курьер заберёт посылку из Вашего офиса в четверг.",
        "Служба поддержки работает круглосуточно.",
        "Такое больше не повторится: мы добавили проверку.",
        "Я взял Ваш проект на себя и отвечаю за него лично.",
        "Наша ошибка была в том, что мы не проверили остатки.",
        "Мы ошиблись в расчётах, и это на нашей совести.",
        "Вашей вины здесь нет.",
        "Вы не обязаны ничего переделывать.",
        "Менеджер по продажам Анна будет на связи с Вами каждый день.",
        "Иван подготовит новый план вместе со мной.",
        "Вы вправе ждать от нас большего.",
        "Мы понимаем, что Вы планировали запуск на эту дату.",
        "Вы не обязаны были нас предупреждать.",
        "Мы подвели Вас и Вашу команду.",
        "Наши разработчики уже нашли причину и исправляют её.",
        "Поставщик ни при чём: это мы неверно рассчитали сроки.",
        "Задержка случилась не по Вашей вине.",
    ];

    [Theory]
    [MemberData(nameof(Blame))]
    public void Blame_is_found_with_its_category(string text, BlameCategory category)
    {
        var findings = _check.Check(text);

        Assert.True(findings.Any(f => f.Category == category),
            $"\"{text}\": expected {category}, found {(findings.Count == 0 ? "nothing" : Describe(findings))}");
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Explanation)));
    }

    [Theory]
    [MemberData(nameof(Careful))]
    public void Careful_wording_is_left_alone(string text)
    {
        var findings = _check.Check(text);

        Assert.True(findings.Count == 0, $"\"{text}\" was reported: {Describe(findings)}");
    }

    [Fact]
    public void There_are_at_least_thirty_sentences_each_way_and_every_category_is_covered()
    {
        Assert.True(Blame().Count >= 30);
        Assert.True(Careful().Count >= 30);
        foreach (var category in Enum.GetValues<BlameCategory>().Where(c => c != BlameCategory.LegalAskedNotToSay))
        {
            Assert.True(Blame().Count(row => (BlameCategory)row[1] == category) >= 5, $"too few sentences for {category}");
        }
    }

    [Fact]
    public void Skipping_patterns_by_their_words_finds_the_same_in_all_sentences_at_once()
    {
        var lexicon = BlameLexicon.ForLanguage(Languages.Russian).WithPeople(["Иван Петров", "Иван", "Петров", "Мария Смирнова", "Мария", "Смирнова"]);
        var text = string.Join(" ", Blame().Select(row => (string)row[0]).Concat(Careful().Cast<string>()));

        var findings = lexicon.Check(text);

        Assert.Equal(lexicon.CheckEveryPattern(text), findings);
        Assert.True(findings.Count >= Blame().Count * 3 / 4, $"only {findings.Count} findings");
    }

    private static string Describe(IEnumerable<BlameFinding> findings) =>
        string.Join("; ", findings.Select(f => $"{f.Category} \"{f.Phrase}\""));
}
