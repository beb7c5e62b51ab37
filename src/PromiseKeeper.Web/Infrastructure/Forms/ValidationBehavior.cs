using FluentValidation;
using Mediator;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// Runs every FluentValidation validator of a message before its handler (they check what the domain cannot know,
/// such as whether a client exists). On failure it throws, with the domain's own field rules of an <see cref="IDomainInput"/>,
/// <see cref="ValidationException"/>; <see cref="FormErrorsPageFilter"/> turns that into field messages.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            // The handler will not run, so the domain's own field rules would only show on the next attempt: show them now.
            if (message is IDomainInput input)
            {
                var failed = failures.Select(f => f.PropertyName).ToHashSet(StringComparer.Ordinal);
                failures.AddRange(input.InputViolations(clock.GetUtcNow())
                    .Where(v => !failed.Contains(v.Field))
                    .Select(v => new FluentValidation.Results.ValidationFailure(v.Field, v.Message)));
            }

            throw new ValidationException(failures);
        }

        return await next(message, cancellationToken);
    }
}
