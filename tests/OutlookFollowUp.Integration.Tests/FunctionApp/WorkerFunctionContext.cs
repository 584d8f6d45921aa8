using System.Collections.Immutable;
using Microsoft.Azure.Functions.Worker;

namespace OutlookFollowUp.Integration.Tests.FunctionApp;

/// <summary>
/// The <see cref="FunctionContext"/> the worker hands its middleware for one invocation, as the host's gRPC invocation
/// request would fill it: the function's definition from functions.metadata, the trigger's binding data (route values),
/// the invocation's service scope, and, for an HTTP trigger, the HttpContext under the key the ASP.NET Core integration's
/// proxying middleware uses (which <c>GetHttpContext()</c> reads).
/// </summary>
internal sealed class WorkerFunctionContext(GeneratedFunction function, IServiceProvider services, IReadOnlyDictionary<string, object?> bindingData)
    : FunctionContext
{
    /// <summary>The Items key of the HttpContext (Microsoft.Azure.Functions.Worker.Extensions.Http.AspNetCore's Constants.HttpContextKey).</summary>
    public const string HttpContextKey = "HttpRequestContext";

    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId { get; } = function.Name;

    public override TraceContext TraceContext { get; } = new NoTrace();

    public override BindingContext BindingContext { get; } = new Bindings(bindingData);

    public override RetryContext RetryContext { get; } = new NoRetry();

    public override IServiceProvider InstanceServices { get; set; } = services;

    public override FunctionDefinition FunctionDefinition { get; } = new Definition(function);

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features { get; } = new NoFeatures();

    private sealed class Definition(GeneratedFunction function) : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters => [];

        public override string PathToAssembly => typeof(OutlookFollowUp.FunctionApp.FunctionAppExtensions).Assembly.Location;

        public override string EntryPoint => function.EntryPoint;

        public override string Id => function.Name;

        public override string Name => function.Name;

        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }

    private sealed class Bindings(IReadOnlyDictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData => data;
    }

    private sealed class NoTrace : TraceContext
    {
        public override string TraceParent => "";

        public override string TraceState => "";
    }

    private sealed class NoRetry : RetryContext
    {
        public override int RetryCount => 0;

        public override int MaxRetryCount => 0;
    }

    private sealed class NoFeatures : Dictionary<Type, object>, IInvocationFeatures
    {
        public T? Get<T>() => TryGetValue(typeof(T), out var feature) ? (T)feature : default;

        public void Set<T>(T instance) => this[typeof(T)] = instance!;
    }
}
