using KiOfficeAddin.Guardrails.Pii;
using KiOfficeAddin.Guardrails.Policy;
using static KiOfficeAddin.Guardrails.Tests.Policy.PolicyFixture;

namespace KiOfficeAddin.Guardrails.Tests.Policy;

public sealed class PolicyEvaluatorTests
{
    private static readonly PolicyDocument Policy = Shipped;

    /// <summary>Every data class × (approved, on premises, complete, class listed): 7 × 16 single-model registries.</summary>
    public static TheoryData<DataClass, bool, bool, bool, bool> EveryClassAndModel
    {
        get
        {
            var data = new TheoryData<DataClass, bool, bool, bool, bool>();
            foreach (var dataClass in DataClassNames.All)
            {
                foreach (var approved in new[] { true, false })
                foreach (var onPremises in new[] { true, false })
                foreach (var complete in new[] { true, false })
                foreach (var listed in new[] { true, false })
                {
                    data.Add(dataClass, approved, onPremises, complete, listed);
                }
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryClassAndModel))]
    public void NoDataClassReachesAModelNotApprovedForIt(DataClass dataClass, bool approved, bool onPremises, bool complete, bool listed)
    {
        var classes = listed ? DataClassNames.All.ToArray() : DataClassNames.All.Where(c => c != dataClass).ToArray();
        var model = Model("modell", approved, onPremises, complete, classes);

        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request(dataClass.ToContractName()), [model], "modell");

        var mayReceive = approved && complete && listed && (onPremises || !Policy.RequiresOnPremises(dataClass));
        Assert.Equal(mayReceive, decision.Allowed);
        Assert.Equal(dataClass, decision.EffectiveDataClass);
        if (decision.Allowed)
        {
            Assert.Equal("modell", decision.ModelName);
            Assert.Equal(PolicyRuleIds.ModelApproved, decision.RuleId);
        }
        else
        {
            Assert.Null(decision.ModelName);
            // No usable model at all is a configuration fault for IT (503); otherwise the class is refused (403).
            Assert.Equal(approved && complete ? 403 : 503, decision.Status);
            Assert.Contains(decision.RuleId, new[] { PolicyRuleIds.NoApprovedModel, PolicyRuleIds.OnPremisesRequired });
        }
    }

    /// <summary>Every data class against a registry holding every kind of model at once, each as the default in turn.</summary>
    public static TheoryData<DataClass, string> EveryClassWithEveryDefault
    {
        get
        {
            var data = new TheoryData<DataClass, string>();
            foreach (var dataClass in DataClassNames.All)
            foreach (var model in MixedRegistry)
            {
                data.Add(dataClass, model.Name);
            }
            return data;
        }
    }

    private static readonly ModelDescriptor[] MixedRegistry =
    [
        Model("cloud-unapproved", approved: false, onPremises: false, complete: true, [.. DataClassNames.All]),
        Model("cloud-incomplete", approved: true, onPremises: false, complete: false, [.. DataClassNames.All]),
        Model("cloud-all", approved: true, onPremises: false, complete: true, [.. DataClassNames.All]),
        Model("cloud-basic", approved: true, onPremises: false, complete: true, DataClass.Public, DataClass.Internal, DataClass.Personal),
        Model("onprem-unapproved", approved: false, onPremises: true, complete: true, [.. DataClassNames.All]),
        Model("onprem-incomplete", approved: true, onPremises: true, complete: false, [.. DataClassNames.All]),
        Model("onprem-special", approved: true, onPremises: true, complete: true, DataClass.Personal, DataClass.Special, DataClass.Social),
    ];

    [Theory]
    [MemberData(nameof(EveryClassWithEveryDefault))]
    public void RoutingNeverPicksAnUnapprovedIncompleteOrUnlistedModel(DataClass dataClass, string defaultModel)
    {
        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request(dataClass.ToContractName()), MixedRegistry, defaultModel);

        var eligible = MixedRegistry.Where(m => m.Approved && m.Complete && m.DataClasses.Contains(dataClass)
            && (m.OnPremises || !Policy.RequiresOnPremises(dataClass))).ToArray();
        Assert.Equal(eligible.Length > 0, decision.Allowed);
        if (decision.Allowed)
        {
            var chosen = MixedRegistry.Single(m => m.Name == decision.ModelName);
            Assert.Contains(chosen, eligible);
            // The default is kept when eligible; otherwise an on-premises model is preferred.
            var expected = eligible.Any(m => m.Name == defaultModel)
                ? defaultModel
                : eligible.OrderByDescending(m => m.OnPremises).ThenBy(m => m.Name, StringComparer.Ordinal).First().Name;
            Assert.Equal(expected, decision.ModelName);
            Assert.Equal(decision.ModelName == defaultModel ? PolicyRuleIds.ModelApproved : PolicyRuleIds.ModelRerouted, decision.RuleId);
        }
    }

    [Fact]
    public void SocialTaxAndClassifiedNeverGoToACloudModelEvenWhenListed()
    {
        var cloud = Model("cloud", approved: true, onPremises: false, complete: true, [.. DataClassNames.All]);
        foreach (var dataClass in new[] { DataClass.Social, DataClass.Tax, DataClass.Classified })
        {
            var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request(dataClass.ToContractName()), [cloud], "cloud");
            Assert.False(decision.Allowed);
            Assert.Equal(PolicyRuleIds.OnPremisesRequired, decision.RuleId);
            Assert.Contains("Grundlage:", decision.GermanDetail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SpecialCategoriesDetectedMakeTheRequestSpecialAndRouteToTheApprovedOnPremisesModel()
    {
        var cloud = Model("cloud", true, false, true, DataClass.Public, DataClass.Internal, DataClass.Personal);
        var onPremises = Model("rechenzentrum", true, true, true, DataClass.Personal, DataClass.Special);

        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request(analysis: HealthFound), [cloud, onPremises], "cloud");

        Assert.True(decision.Allowed);
        Assert.Equal(DataClass.Special, decision.EffectiveDataClass);
        Assert.Equal(DataClass.Special, decision.DetectedDataClass);
        Assert.Equal("rechenzentrum", decision.ModelName);
        Assert.Equal(PolicyRuleIds.ModelRerouted, decision.RuleId);
        Assert.Contains(decision.Notices, n => n.Code == PolicyRuleIds.ModelRerouted);
    }

    [Fact]
    public void SpecialCategoriesWithoutAnApprovedModelAreRefused()
    {
        var cloud = Model("cloud", true, false, true, DataClass.Public, DataClass.Internal, DataClass.Personal);

        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request(analysis: HealthFound), [cloud], "cloud");

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyRuleIds.NoApprovedModel, decision.RuleId);
        Assert.Equal(403, decision.Status);
        Assert.Contains("besondere Kategorien", decision.GermanDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonalDataDetectedMakesTheRequestAtLeastPersonal()
    {
        var cloud = Model("cloud", true, false, true, DataClass.Public, DataClass.Internal);

        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request(analysis: PersonFound), [cloud], "cloud");

        Assert.False(decision.Allowed);
        Assert.Equal(DataClass.Personal, decision.EffectiveDataClass);
    }

    [Fact]
    public void UserCannotLowerTheClassBelowWhatWasDetected()
    {
        var cloud = Model("cloud", true, false, true, DataClass.Public, DataClass.Internal, DataClass.Personal);

        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request("public", HealthFound), [cloud], "cloud");

        Assert.False(decision.Allowed);
        Assert.Equal(DataClass.Special, decision.EffectiveDataClass);
    }

    [Fact]
    public void LoweredClassIsRaisedWithANotice()
    {
        var cloud = Model("cloud", true, false, true, DataClass.Public, DataClass.Internal, DataClass.Personal);

        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request("public", PersonFound), [cloud], "cloud");

        Assert.True(decision.Allowed);
        Assert.Equal(DataClass.Personal, decision.EffectiveDataClass);
        var notice = Assert.Single(decision.Notices);
        Assert.Equal(PolicyRuleIds.DataClassRaised, notice.Code);
        Assert.Contains("personenbezogen", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UserMayRaiseTheClass()
    {
        var cloud = Model("cloud", true, false, true, DataClass.Public, DataClass.Internal, DataClass.Personal);
        var onPremises = Model("rechenzentrum", true, true, true, [.. DataClassNames.All]);

        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request("classified", PersonFound), [cloud, onPremises], "cloud");

        Assert.True(decision.Allowed);
        Assert.Equal(DataClass.Classified, decision.EffectiveDataClass);
        Assert.Equal("rechenzentrum", decision.ModelName);
    }

    [Fact]
    public void SocialRequestedOnSpecialTextNeedsAModelApprovedForBoth()
    {
        var socialOnly = Model("sozial", true, true, true, DataClass.Social);

        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request("social", HealthFound), [socialOnly], "sozial");

        Assert.False(decision.Allowed);
        Assert.Equal(DataClass.Social, decision.EffectiveDataClass);
    }

    [Fact]
    public void WithoutRequestedClassAndFindingsThePolicyDefaultApplies()
    {
        var cloud = Model("cloud", true, false, true, DataClass.Internal);

        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request(), [cloud], "cloud");

        Assert.True(decision.Allowed);
        Assert.Equal(Policy.DefaultDataClass, decision.EffectiveDataClass);
        Assert.Null(decision.DetectedDataClass);
    }

    [Fact]
    public void EmptyRegistryAnswersNoModelConfigured()
    {
        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request(), [], null);

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyRuleIds.NoModelConfigured, decision.RuleId);
        Assert.Equal(503, decision.Status);
    }

    [Fact]
    public void UserWithoutTrainingIsRefusedWithTheCourseLink()
    {
        var cloud = Model("cloud", true, false, true, [.. DataClassNames.All]);

        var decision = PolicyEvaluator.Evaluate(Policy, new PolicySubject(AiLiteracyStatus.Missing, null), Request(), [cloud], "cloud");

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyRuleIds.AiLiteracyRequired, decision.RuleId);
        Assert.Equal(403, decision.Status);
        Assert.Equal(Policy.AiLiteracyCourse.Url, decision.Link?.Url);
        Assert.Contains(Policy.AiLiteracyCourse.Url.ToString(), decision.GermanDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpiredTrainingIsRefusedAsExpired()
    {
        var cloud = Model("cloud", true, false, true, [.. DataClassNames.All]);

        var decision = PolicyEvaluator.Evaluate(Policy, new PolicySubject(AiLiteracyStatus.Expired, null), Request(), [cloud], "cloud");

        Assert.Equal(PolicyRuleIds.AiLiteracyExpired, decision.RuleId);
    }

    [Fact]
    public void AcknowledgementCountsAsLiteracy()
    {
        var cloud = Model("cloud", true, false, true, [.. DataClassNames.All]);

        var decision = PolicyEvaluator.Evaluate(Policy, new PolicySubject(AiLiteracyStatus.Acknowledged, null), Request(), [cloud], "cloud");

        Assert.True(decision.Allowed);
    }

    [Fact]
    public void DepartmentMayOnlyUseItsUseCases()
    {
        var cloud = Model("cloud", true, false, true, [.. DataClassNames.All]);
        var personnelOffice = new PolicySubject(AiLiteracyStatus.Trained, "personalamt");

        var reply = PolicyEvaluator.Evaluate(Policy, personnelOffice, Request(useCase: "reply"), [cloud], "cloud");
        var rewrite = PolicyEvaluator.Evaluate(Policy, personnelOffice, Request(useCase: "rewrite"), [cloud], "cloud");

        Assert.Equal(PolicyRuleIds.UseCaseNotAllowed, reply.RuleId);
        Assert.Equal(403, reply.Status);
        Assert.True(rewrite.Allowed);
    }

    [Fact]
    public void UnknownUseCaseIsNotAllowed()
    {
        var cloud = Model("cloud", true, false, true, [.. DataClassNames.All]);

        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request(useCase: "decide"), [cloud], "cloud");

        Assert.Equal(PolicyRuleIds.UseCaseNotAllowed, decision.RuleId);
    }

    [Fact]
    public void InputLongerThanThePolicyAllowsIsRefused()
    {
        var cloud = Model("cloud", true, false, true, [.. DataClassNames.All]);

        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request(text: new string('a', Policy.MaxInputCharacters + 1)), [cloud], "cloud");

        Assert.Equal(PolicyRuleIds.InputTooLong, decision.RuleId);
        Assert.Equal(422, decision.Status);
    }

    [Fact]
    public void UnknownDataClassIsRefused()
    {
        var cloud = Model("cloud", true, false, true, [.. DataClassNames.All]);

        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request("geheim"), [cloud], "cloud");

        Assert.Equal(PolicyRuleIds.DataClassUnknown, decision.RuleId);
        Assert.Equal(422, decision.Status);
    }

    [Fact]
    public void DecisionRequestIsRefusedWithTheRuleCitedAndWithoutEchoingTheText()
    {
        var cloud = Model("cloud", true, false, true, [.. DataClassNames.All]);

        var decision = PolicyEvaluator.Evaluate(Policy, Trained,
            Request(instructions: "Soll der Antrag von Frau Özdemir bewilligt werden?", useCase: "summarize"), [cloud], "cloud");

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyRuleIds.AutomatedDecisionRefused, decision.RuleId);
        Assert.Equal(422, decision.Status);
        Assert.Contains("Art. 22 DSGVO", decision.GermanDetail, StringComparison.Ordinal);
        Assert.DoesNotContain("Özdemir", decision.GermanDetail, StringComparison.Ordinal);
        Assert.NotNull(decision.PatternId);
    }

    [Fact]
    public void EveryDecisionCarriesTheVersionAndHashOfThePolicy()
    {
        var decision = PolicyEvaluator.Evaluate(Policy, Trained, Request(), [], null);

        Assert.Equal(Policy.Version, decision.PolicyVersion);
        Assert.Equal(64, decision.PolicyVersion.Sha256.Length);
    }

    [Fact]
    public void PolicyMayRestrictAClassToNamedModels()
    {
        var restricted = PolicyDocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes(ShippedText.Replace(
            "    onPremisesOnly: false\n  social:", "    onPremisesOnly: false\n    allowedModels: [rechenzentrum]\n  social:", StringComparison.Ordinal)));
        var other = Model("anderes", true, true, true, [.. DataClassNames.All]);
        var named = Model("rechenzentrum", true, true, true, [.. DataClassNames.All]);

        var decision = PolicyEvaluator.Evaluate(restricted, Trained, Request(analysis: HealthFound), [other, named], "anderes");

        Assert.Equal("rechenzentrum", decision.ModelName);
        Assert.Equal(PolicyRuleIds.ModelRerouted, decision.RuleId);
    }
}
