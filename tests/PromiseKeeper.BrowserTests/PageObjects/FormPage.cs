using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.PageObjects;

/// <summary>
/// A page with a form, driven the way a person does it: fields by their label's text, buttons by their
/// name. <see cref="Field"/> ignores the marks that end the labels of required fields.
/// </summary>
public class FormPage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The first status message (role status), e.g. "The changes are saved."</summary>
    public ILocator Status => Page.GetByRole(AriaRole.Status);

    /// <summary>The error summary or any other alert on the page.</summary>
    public ILocator Alert => Page.GetByRole(AriaRole.Alert);

    /// <summary>A form field by its label's text, with or without the marks of a required field ("*", "(required)").</summary>
    public ILocator Field(string label) =>
        Page.GetByLabel(new Regex("^" + Regex.Escape(label) + @"(\s*\*)?(\s*\(required\))?$"));

    public Task FillAsync(string label, string value) => Field(label).FillAsync(value);

    /// <summary>Chooses an option of a select list by the option's text.</summary>
    public Task ChooseAsync(string label, string option) =>
        Field(label).SelectOptionAsync(new SelectOptionValue { Label = option });

    /// <summary>Checks a checkbox or radio button whose label contains <paramref name="label"/>.</summary>
    public Task CheckAsync(string label) => Page.GetByLabel(label).CheckAsync();

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public Task ClickAsync(string buttonName) => Button(buttonName).ClickAsync();

    public ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>The rows of the page's tables that contain <paramref name="text"/>.</summary>
    public ILocator Rows(string text) => Page.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    public Task ExpectHeadingAsync(string name) =>
        Expect(Page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();

    public Task ExpectStatusAsync(string text) => Expect(Status).ToContainTextAsync(text);
}
