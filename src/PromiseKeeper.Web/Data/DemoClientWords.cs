using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// What demo (and test) incidents tell the client, written for the client as an account manager would on the Call page,
/// in the client's language: one sentence per kind of broken promise, the options as the client reads them, and what was
/// agreed, addressing the client formally.
/// </summary>
internal sealed record DemoClientWords
{
    public required string ExtraHours { get; init; }

    public required string SmallDiscount { get; init; }

    public required string Agreed { get; init; }

    public required IReadOnlyDictionary<IncidentKind, string> Sentences { get; init; }

    public required string AnyOtherSentence { get; init; }

    /// <summary>The words in <paramref name="language"/>; English for any other code.</summary>
    public static DemoClientWords In(string language) => language switch
    {
        Languages.Russian => Russian,
        Languages.Slovenian => Slovenian,
        _ => English,
    };

    public string Sentence(IncidentKind kind) => Sentences.GetValueOrDefault(kind, AnyOtherSentence);

    private static readonly DemoClientWords English = new()
    {
        ExtraHours = "Forty hours of our team's work, at no cost to you, on whatever matters most to you now.",
        SmallDiscount = "Ten percent off your next invoice.",
        Agreed = "You will get forty hours of our team's work at no cost, spent on what you told me matters most to you now. " +
            "I will send you the plan for those hours within a week, and we will check progress together after that.",
        Sentences = new Dictionary<IncidentKind, string>
        {
            [IncidentKind.MissedDeadline] = "What we promised to deliver to you will not be ready on the date we agreed, and that puts your own plans at risk.",
            [IncidentKind.FeatureNotReady] = "A feature we promised you is not ready, so you cannot use it yet as you had planned.",
            [IncidentKind.UnrealisticPromiseByColleague] = "We promised you something that we cannot deliver in the way it was described, and we should not have promised it like that.",
            [IncidentKind.PoorQualityOrWrongResult] = "What we delivered to you was not right, and you had to find that out yourself.",
            [IncidentKind.InsensitiveRemark] = "Something we said to you was careless and hurtful, and it should not have been said.",
            [IncidentKind.ExpectationMismatch] = "What we are delivering is not what you expected from our agreement, and we did not make that clear early enough.",
            [IncidentKind.ResistedPlanChangeInClientCrisis] = "When your situation changed, we held on to the old plan instead of helping you change it quickly.",
            [IncidentKind.ClientMistake] = "The result you received is not what you needed, and we want to sort out together how to get it right.",
        },
        AnyOtherSentence = "Something we promised you has not happened as agreed.",
    };

    private static readonly DemoClientWords Russian = new()
    {
        ExtraHours = "Сорок часов работы нашей команды — бесплатно для Вас и над тем, что сейчас для Вас важнее всего.",
        SmallDiscount = "Скидка десять процентов на Ваш следующий счёт.",
        Agreed = "Наша команда бесплатно отработает для Вас сорок часов — над тем, что, по Вашим словам, сейчас для Вас важнее всего. " +
            "В течение недели я пришлю Вам план этих работ, а дальше мы вместе будем следить за тем, как идут дела.",
        Sentences = new Dictionary<IncidentKind, string>
        {
            [IncidentKind.MissedDeadline] = "То, что мы обещали Вам сдать, не будет готово к согласованной дате, и это ставит под угрозу Ваши собственные планы.",
            [IncidentKind.FeatureNotReady] = "Обещанная Вам функция ещё не готова, поэтому Вы пока не можете пользоваться ею так, как планировали.",
            [IncidentKind.UnrealisticPromiseByColleague] = "Мы пообещали Вам то, что не можем выполнить в том виде, как это было описано, и нам не следовало так это обещать.",
            [IncidentKind.PoorQualityOrWrongResult] = "В том, что мы Вам передали, оказались ошибки, и Вам пришлось обнаружить их самим.",
            [IncidentKind.InsensitiveRemark] = "Мы сказали Вам то, что прозвучало небрежно и обидно, и этого не следовало говорить.",
            [IncidentKind.ExpectationMismatch] = "То, что мы делаем, расходится с тем, чего Вы ждали по нашему договору, и мы не прояснили это вовремя.",
            [IncidentKind.ResistedPlanChangeInClientCrisis] = "Когда Ваши обстоятельства изменились, мы держались за прежний план, вместо того чтобы быстро помочь Вам его поменять.",
            [IncidentKind.ClientMistake] = "Результат, который Вы получили, — не то, что Вам было нужно, и мы хотим вместе разобраться, как это исправить.",
        },
        AnyOtherSentence = "Часть того, что мы Вам обещали, выполнена не так, как мы договаривались.",
    };

    private static readonly DemoClientWords Slovenian = new()
    {
        ExtraHours = "Štirideset ur dela naše ekipe brez plačila, za tisto, kar vam je zdaj najpomembnejše.",
        SmallDiscount = "Deset odstotkov popusta na vaš naslednji račun.",
        Agreed = "Naša ekipa bo za vas brezplačno opravila štirideset ur dela, in sicer pri tistem, kar je po vaših besedah zdaj za vas najpomembnejše. " +
            "Načrt teh ur vam pošljem v enem tednu, nato bomo napredek spremljali skupaj.",
        Sentences = new Dictionary<IncidentKind, string>
        {
            [IncidentKind.MissedDeadline] = "Tisto, kar smo vam obljubili, do dogovorjenega datuma ne bo pripravljeno, in to ogroža tudi vaše načrte.",
            [IncidentKind.FeatureNotReady] = "Funkcija, ki smo vam jo obljubili, še ni pripravljena, zato je še ne morete uporabljati, kot ste načrtovali.",
            [IncidentKind.UnrealisticPromiseByColleague] = "Obljubili smo vam nekaj, česar ne moremo izpolniti tako, kot je bilo opisano, in tega ne bi smeli tako obljubiti.",
            [IncidentKind.PoorQualityOrWrongResult] = "Tisto, kar smo vam dostavili, ni bilo pravilno, in na napako ste morali naleteti sami.",
            [IncidentKind.InsensitiveRemark] = "Nekaj, kar smo vam rekli, je bilo nepremišljeno in je prizadelo, tega ne bi smeli reči.",
            [IncidentKind.ExpectationMismatch] = "To, kar pripravljamo, ni tisto, kar ste pričakovali po našem dogovoru, in tega nismo dovolj zgodaj pojasnili.",
            [IncidentKind.ResistedPlanChangeInClientCrisis] = "Ko so se vaše razmere spremenile, smo vztrajali pri starem načrtu, namesto da bi vam ga pomagali hitro spremeniti.",
            [IncidentKind.ClientMistake] = "Rezultat, ki ste ga prejeli, ni tisto, kar ste potrebovali, zato bi radi skupaj ugotovili, kako to popraviti.",
        },
        AnyOtherSentence = "Nekaj, kar smo vam obljubili, se ni zgodilo tako, kot smo se dogovorili.",
    };
}
