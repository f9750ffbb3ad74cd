gazetteSearch.words("op",[["operations",0],["oppressed",2]]);
