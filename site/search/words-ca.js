gazetteSearch.words("ca",[["campaign",0],["capacity",0]]);
